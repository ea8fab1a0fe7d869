// `decks validate` and `decks list`: is the content sound, and what is in it.
#include <cstdio>
#include <map>

#include "commands.h"
#include "content/deck_loader.h"

namespace samenspel::cli {

namespace {
DeckCatalog loadFrom(const Args& args) {
    const std::string dir = option(args, "--dir");
    if (dir.empty()) return loadBundledDecks();
    const std::filesystem::path decks(dir);
    const auto pictograms = option(args, "--pictograms", (decks.parent_path() / "pictograms").string());
    return loadDeckDirectory(decks, pictograms);
}
}  // namespace

int runDecks(const Args& args) {
    const auto words = positional(args, {"--dir", "--pictograms"});
    const std::string sub = words.empty() ? "" : words.front();
    if (sub != "validate" && sub != "list") throw UsageError{"use `decks validate` or `decks list` [--dir DIR]"};
    const DeckCatalog catalog = loadFrom(args);
    for (const auto& p : catalog.problems) std::fprintf(stderr, "%s\n", p.text().c_str());
    if (sub == "validate") {
        for (const auto& d : catalog.decks)
            std::printf("%s: ok (%zu cards, content %s)\n", d.id.c_str(), d.cards.size(), d.contentVersion.c_str());
        // A text that fits on screen may still not fit on a printed card.
        const auto dir = option(args, "--dir");
        const auto paper =
            paperProblems(catalog, dir.empty() ? defaultAssetsDir() : std::filesystem::path(dir).parent_path());
        for (const auto& p : paper) std::fprintf(stderr, "%s\n", p.c_str());
        if (!paper.empty()) return 1;
        if (catalog.decks.empty() && catalog.problems.empty()) {
            std::fprintf(stderr, "no deck files found\n");
            return 1;
        }
        return catalog.problems.empty() ? 0 : 1;
    }
    for (const auto& d : catalog.decks) {
        std::printf("%s  %s  content %s  %zu cards\n", d.id.c_str(), d.title.c_str(), d.contentVersion.c_str(),
                    d.cards.size());
        std::printf("  game %s  colour %s  pictogram %s  players \"%s\"\n", gameKindName(d.kind),
                    d.presentation.colour.c_str(), d.presentation.pictogram.c_str(), d.presentation.players.c_str());
        if (d.kind == GameKind::Tegenwicht)
            std::printf("  rules: counter group %s\n", d.tegenwicht.counterGroup.c_str());
        else if (d.kind == GameKind::Samenleer)
            std::printf("  rules: own-topic theme %s\n", d.samenleer.ownTopicTheme.c_str());
        else std::printf("  rules: %d themes in series A\n", d.rule("themesInA", 0));
        std::map<std::string, int> kinds;
        std::map<std::string, int> groups;
        for (const auto& c : d.cards) kinds[cardKindName(c.kind)]++, groups[c.group]++;
        for (const auto& [k, n] : kinds) std::printf("  kind %-10s %3d\n", k.c_str(), n);
        for (const auto& g : d.groups)
            std::printf("  group %-14s %3d  %s\n", g.id.c_str(), groups[g.id], g.label.c_str());
    }
    return catalog.problems.empty() ? 0 : 1;
}

}  // namespace samenspel::cli
