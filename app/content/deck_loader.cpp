#include "deck_loader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/action.h"

namespace samenspel {

namespace fs = std::filesystem;

std::string DeckProblem::text() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
    if (!where.empty()) out += where + ": ";
    return out + message;
}

PictogramSet listPictograms(const fs::path& dir) {
    PictogramSet out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".svg") out.insert(it->path().stem().string());
    return out;
}

namespace {

constexpr std::size_t kMaxDeckFileBytes = 1 << 20;
constexpr std::size_t kMaxCards = 500;
constexpr std::size_t kMaxLabelWords = 6;
constexpr std::size_t kMaxCardTextChars = 400;

constexpr std::size_t kMaxPlayersChars = 60;
constexpr std::size_t kMaxSourceLabelChars = 200;
constexpr std::size_t kMaxReplays = 20;
const std::map<std::string, GroupRole> kRoles = {
    {"cluster", GroupRole::Cluster}, {"theme", GroupRole::Theme}, {"support", GroupRole::Support}};

using Value = rapidjson::Value;

class DeckParser {
public:
    DeckParser(const std::string& json, std::string file, const PictogramSet& pictograms,
               std::vector<DeckProblem>& problems)
        : json_(json), file_(std::move(file)), pictograms_(pictograms), problems_(problems) {}

    std::optional<Deck> parse() {
        const std::size_t before = problems_.size();
        if (json_.size() > kMaxDeckFileBytes) {
            report(0, "", "file is larger than 1 MiB");
            return std::nullopt;
        }
        rapidjson::Document doc;
        doc.Parse(json_.c_str(), json_.size());
        if (doc.HasParseError()) {
            report(lineAt(doc.GetErrorOffset()), "",
                   std::string("JSON error: ") + rapidjson::GetParseError_En(doc.GetParseError()));
            return std::nullopt;
        }
        if (!doc.IsObject()) {
            report(1, "", "the file must hold one JSON object");
            return std::nullopt;
        }
        Deck deck;
        const Value& root = doc;
        checkKnownFields(root,
                         {"deck", "game", "title", "contentVersion", "replays", "summary", "source", "presentation",
                          "rules", "groups", "cards"},
                         "", 0);
        deck.id = requiredString(root, "deck", "", 0);
        const std::string game = optionalString(root, "game", "", 0, deck.id);
        deck.title = requiredString(root, "title", "", 0);
        deck.contentVersion = requiredString(root, "contentVersion", "", 0);
        deck.summary = requiredString(root, "summary", "", 0);
        deck.source = requiredString(root, "source", "", 0);
        if (deck.contentVersion.size() > limits::kVersionBytes) report(0, "contentVersion", "is too long");
        readReplays(root, deck);
        if (!deck.id.empty() && !validId(deck.id)) report(0, "deck", "id may only use a-z, 0-9, '.', '-' and '_'");
        const std::string stem = fs::path(file_).stem().string();
        if (!deck.id.empty() && stem != deck.id) report(0, "deck", "id '" + deck.id + "' does not match the file name");
        if (auto kind = gameKindFromName(game)) deck.kind = *kind;
        else report(0, "game", "'" + game + "' is not a game this app can play (tegenwicht, samenleer or reflectie)");
        readPresentation(root, deck);
        readRules(root, deck);
        readGroups(root, deck);
        readCards(root, deck);
        if (problems_.size() == before) checkDeckRules(deck);
        if (problems_.size() != before) return std::nullopt;
        for (auto& c : deck.cards) c.deck = deck.id;
        return deck;
    }

private:
    const std::string& json_;
    std::string file_;
    const PictogramSet& pictograms_;
    std::vector<DeckProblem>& problems_;

    void report(int line, std::string where, std::string message) {
        problems_.push_back({file_, line, std::move(where), std::move(message)});
    }

    int lineAt(std::size_t offset) const {
        offset = std::min(offset, json_.size());
        return 1 +
               static_cast<int>(std::count(json_.begin(), json_.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    }
    // The line of `"id": "<id>"` in the source, so a mistake points at its card.
    int lineOfId(const std::string& id) const {
        auto pos = json_.find("\"" + id + "\"");
        return pos == std::string::npos ? 0 : lineAt(pos);
    }

    static bool validId(const std::string& id) {
        if (id.empty() || id.size() > limits::kIdBytes) return false;
        return std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        });
    }

    void checkKnownFields(const Value& obj, std::initializer_list<const char*> known, const std::string& where,
                          int line) {
        for (auto it = obj.MemberBegin(); it != obj.MemberEnd(); ++it) {
            std::string name = it->name.GetString();
            if (std::none_of(known.begin(), known.end(), [&](const char* k) { return name == k; }))
                report(line, where, "unknown field '" + name + "'");
        }
    }

    std::string requiredString(const Value& obj, const char* field, const std::string& where, int line) {
        auto it = obj.FindMember(field);
        if (it == obj.MemberEnd()) {
            report(line, where, std::string("field '") + field + "' is missing");
            return {};
        }
        if (!it->value.IsString()) {
            report(line, where, std::string("field '") + field + "' must be text");
            return {};
        }
        std::string s(it->value.GetString(), it->value.GetStringLength());
        bool blank = std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
        if (blank) report(line, where, std::string("field '") + field + "' is empty");
        else if (!validUtf8(s)) report(line, where, std::string("field '") + field + "' is not valid UTF-8");
        return s;
    }

    std::string optionalString(const Value& obj, const char* field, const std::string& where, int line,
                               std::string fallback) {
        if (!obj.HasMember(field)) return fallback;
        return requiredString(obj, field, where, line);
    }

    std::optional<int> optionalInt(const Value& obj, const char* field, const std::string& where, int line, int lo,
                                   int hi) {
        auto it = obj.FindMember(field);
        if (it == obj.MemberEnd()) return std::nullopt;
        if (!it->value.IsInt() || it->value.GetInt() < lo || it->value.GetInt() > hi) {
            report(line, where,
                   std::string("field '") + field + "' must be a whole number from " + std::to_string(lo) + " to " +
                       std::to_string(hi));
            return std::nullopt;
        }
        return it->value.GetInt();
    }

    void readPresentation(const Value& root, Deck& deck) {
        auto it = root.FindMember("presentation");
        const int line = lineOfId("presentation");
        if (it == root.MemberEnd()) {
            report(0, "", "field 'presentation' is missing");
            return;
        }
        if (!it->value.IsObject()) {
            report(line, "presentation", "must be an object with colour, pictogram and players");
            return;
        }
        const Value& p = it->value;
        checkKnownFields(p, {"colour", "pictogram", "players"}, "presentation", line);
        auto& out = deck.presentation;
        out.colour = requiredString(p, "colour", "presentation", line);
        out.pictogram = requiredString(p, "pictogram", "presentation", line);
        out.players = requiredString(p, "players", "presentation", line);
        if (!out.colour.empty() && !validColour(out.colour))
            report(line, "presentation", "colour must look like #1A2B3C");
        checkPictogram(out.pictogram, "pictogram", "presentation", line);
        if (utf8Length(out.players) > kMaxPlayersChars)
            report(line, "presentation", "players is longer than " + std::to_string(kMaxPlayersChars) + " characters");
    }

    // `replays`: the earlier content versions whose records replay with this
    // content. Only list a version when its card ids, card kinds and the
    // order of the factor, counter and moment cards are unchanged.
    void readReplays(const Value& root, Deck& deck) {
        auto it = root.FindMember("replays");
        if (it == root.MemberEnd()) return;
        const int line = lineOfId("replays");
        if (!it->value.IsArray() || it->value.Size() > kMaxReplays) {
            report(line, "replays", "must be a list of at most " + std::to_string(kMaxReplays) + " content versions");
            return;
        }
        for (const auto& v : it->value.GetArray()) {
            if (!v.IsString() || v.GetStringLength() == 0 || v.GetStringLength() > limits::kVersionBytes) {
                report(line, "replays",
                       "every entry must be a content version (text, at most " + std::to_string(limits::kVersionBytes) +
                           " bytes)");
                continue;
            }
            std::string version(v.GetString(), v.GetStringLength());
            if (version == deck.contentVersion) report(line, "replays", "lists the deck's own content version");
            else deck.replaysVersions.push_back(std::move(version));
        }
    }

    // Numbers (limits such as handSize) are whole numbers; the ids the rules
    // need are text. Whether an id points at something is checked once the
    // groups are read (checkDeckRules).
    void readRules(const Value& root, Deck& deck) {
        auto it = root.FindMember("rules");
        if (it == root.MemberEnd()) {
            report(0, "", "field 'rules' is missing");
            return;
        }
        if (!it->value.IsObject()) {
            report(0, "rules", "must be an object");
            return;
        }
        const Value& rules = it->value;
        for (auto r = rules.MemberBegin(); r != rules.MemberEnd(); ++r) {
            std::string name = r->name.GetString();
            const int line = lineOfId(name);
            if (name == "counterGroup") {
                deck.tegenwicht.counterGroup = requiredString(rules, "counterGroup", "rules", line);
            } else if (name == "ownTopicTheme") {
                deck.samenleer.ownTopicTheme = requiredString(rules, "ownTopicTheme", "rules", line);
            } else if (name == "scoring") {
                // Content 1.0.0 weighed the end picture (heavy 2, light 1, decisive 3)
                // and set it beside invented shares of the study; nothing reads it now.
                report(line, "rules", "rule 'scoring' is no longer used: the end picture shows counts; remove it");
            } else if (!r->value.IsInt() || r->value.GetInt() < 0 || r->value.GetInt() > 1000) {
                report(line, "rules", "rule '" + name + "' must be a whole number from 0 to 1000");
            } else {
                deck.rules[name] = r->value.GetInt();
            }
        }
    }

    const Value* requiredArray(const Value& root, const char* field) {
        auto it = root.FindMember(field);
        if (it == root.MemberEnd() || !it->value.IsArray() || it->value.Empty()) {
            report(0, "", std::string("field '") + field + "' must be a non-empty list");
            return nullptr;
        }
        if (it->value.Size() > kMaxCards) {
            report(0, field, "has more than " + std::to_string(kMaxCards) + " entries");
            return nullptr;
        }
        return &it->value;
    }

    std::string entryName(const char* what, const Value& v, std::size_t index) {
        auto id = v.IsObject() ? v.FindMember("id") : v.MemberEnd();
        if (v.IsObject() && id != v.MemberEnd() && id->value.IsString() && id->value.GetStringLength() > 0)
            return std::string(what) + " " + id->value.GetString();
        return std::string(what) + " #" + std::to_string(index + 1);
    }

    void checkPictogram(const std::string& name, const char* field, const std::string& where, int line) {
        if (!name.empty() && !pictograms_.count(name))
            report(line, where, std::string(field) + " '" + name + "' has no file in assets/pictograms");
    }

    void readGroups(const Value& root, Deck& deck) {
        const Value* groups = requiredArray(root, "groups");
        if (!groups) return;
        std::set<std::string> seen;
        for (rapidjson::SizeType i = 0; i < groups->Size(); ++i) {
            const Value& g = (*groups)[i];
            std::string where = entryName("group", g, i);
            if (!g.IsObject()) {
                report(0, where, "must be an object");
                continue;
            }
            CardGroup out;
            out.id = requiredString(g, "id", where, 0);
            const int line = lineOfId(out.id);
            checkKnownFields(g, {"id", "role", "label", "text", "colour", "symbol"}, where, line);
            std::string role = requiredString(g, "role", where, line);
            out.label = requiredString(g, "label", where, line);
            out.text = requiredString(g, "text", where, line);
            out.colour = requiredString(g, "colour", where, line);
            out.symbol = requiredString(g, "symbol", where, line);
            if (!out.id.empty() && !validId(out.id)) report(line, where, "id may only use a-z, 0-9, '.', '-' and '_'");
            if (!out.id.empty() && !seen.insert(out.id).second) report(line, where, "id is used twice");
            if (auto r = kRoles.find(role); r != kRoles.end()) out.role = r->second;
            else if (!role.empty()) report(line, where, "role '" + role + "' is not cluster, theme or support");
            if (!out.colour.empty() && !validColour(out.colour)) report(line, where, "colour must look like #1A2B3C");
            checkPictogram(out.symbol, "symbol", where, line);
            deck.groups.push_back(std::move(out));
        }
    }

    static bool validColour(const std::string& c) {
        return c.size() == 7 && c[0] == '#' &&
               std::all_of(c.begin() + 1, c.end(), [](char x) { return std::isxdigit(static_cast<unsigned char>(x)); });
    }

    static std::size_t wordCount(const std::string& s) {
        std::istringstream in(s);
        std::size_t n = 0;
        for (std::string w; in >> w;) ++n;
        return n;
    }

    void readCards(const Value& root, Deck& deck) {
        const Value* cards = requiredArray(root, "cards");
        if (!cards) return;
        std::set<std::string> seen;
        std::map<int, std::string> ranks;
        for (rapidjson::SizeType i = 0; i < cards->Size(); ++i) {
            const Value& c = (*cards)[i];
            std::string where = entryName("card", c, i);
            if (!c.IsObject()) {
                report(0, where, "must be an object");
                continue;
            }
            Card out;
            out.id = requiredString(c, "id", where, 0);
            const int line = lineOfId(out.id);
            checkKnownFields(c, {"id", "kind", "group", "label", "sourceLabel", "text", "pictogram", "rank", "order"},
                             where, line);
            const std::string kind = requiredString(c, "kind", where, line);
            out.group = requiredString(c, "group", where, line);
            out.label = requiredString(c, "label", where, line);
            out.text = requiredString(c, "text", where, line);
            out.pictogram = requiredString(c, "pictogram", where, line);
            out.sourceLabel = optionalString(c, "sourceLabel", where, line, "");
            out.rank = optionalInt(c, "rank", where, line, 1, 15).value_or(0);
            out.order = optionalInt(c, "order", where, line, 0, 100).value_or(-1);
            if (!out.id.empty() && !validId(out.id)) report(line, where, "id may only use a-z, 0-9, '.', '-' and '_'");
            if (!out.id.empty() && !seen.insert(out.id).second) report(line, where, "id is used twice");
            if (auto k = cardKindFromName(kind)) out.kind = *k;
            else if (!kind.empty()) report(line, where, "kind '" + kind + "' is unknown");
            if (!out.group.empty() && !deck.group(out.group))
                report(line, where, "group '" + out.group + "' is not one of the deck's groups");
            if (wordCount(out.label) > kMaxLabelWords) report(line, where, "label has more than six words");
            if (utf8Length(out.text) > kMaxCardTextChars)
                report(line, where, "text is longer than " + std::to_string(kMaxCardTextChars) + " characters");
            checkPictogram(out.pictogram, "pictogram", where, line);
            if (utf8Length(out.sourceLabel) > kMaxSourceLabelChars)
                report(line, where,
                       "sourceLabel is longer than " + std::to_string(kMaxSourceLabelChars) + " characters");
            // A ranked card is a quote of the study's list: its exact name must travel with it.
            if (out.rank > 0 && out.sourceLabel.empty())
                report(line, where, "a card with a rank needs its sourceLabel: the study's own name for it");
            if (out.rank > 0) {
                if (out.kind != CardKind::Factor) report(line, where, "only factor cards have a top-15 rank");
                else if (!ranks.emplace(out.rank, out.id).second)
                    report(line, where, "rank " + std::to_string(out.rank) + " is also given to " + ranks[out.rank]);
            }
            deck.cards.push_back(std::move(out));
        }
    }

    // Reflectie (reflectie_game.h): what its session reads from the deck.
    template <class Need, class Orders>
    void checkReflectie(const Deck& deck, Need need, Orders orders) {
        need(CardKind::Perspective, 1);
        need(CardKind::Situation, 1);
        need(CardKind::Strength, 1);
        need(CardKind::Learning, 1);
        need(CardKind::Action, 1);
        need(CardKind::Prompt, 1);
        need(CardKind::Norm, 1);
        orders(CardKind::Form, 0, 2);
        orders(CardKind::Prompt, 0, 1);  // order 0 is "nog geen oplossingen", the one every series has
        const auto themes = deck.cardsOfKind(CardKind::Theme);
        if (themes.empty()) report(0, "cards", "needs at least 1 'theme' card, has 0");
        if (deck.rule("themesInA", 1) < 1)
            report(lineOfId("themesInA"), "rules", "rule 'themesInA' must be at least 1");
        for (const Card* t : themes) {
            const std::string where = "card " + t->id;
            if (t->order < 0) report(lineOfId(t->id), where, "a theme card needs an order (series A offers the first)");
            if (deck.group(t->group)->role != GroupRole::Theme)
                report(lineOfId(t->id), where, "a theme card must belong to a theme group");
            auto inTheme = [&](CardKind kind) {
                return std::count_if(deck.cards.begin(), deck.cards.end(),
                                     [&](const Card& c) { return c.kind == kind && c.group == t->group; });
            };
            if (inTheme(CardKind::Knowledge) != 1)
                report(lineOfId(t->id), where, "a theme needs exactly one 'knowledge' card in its group");
            if (inTheme(CardKind::Model) == 0 && inTheme(CardKind::Stance) == 0)
                report(lineOfId(t->id), where, "a theme needs 'model' or 'stance' cards in its group");
        }
    }

    // What each game needs from its deck, so a deck that loads can be played.
    void checkDeckRules(const Deck& deck) {
        auto need = [&](CardKind kind, std::size_t atLeast) {
            auto n = deck.cardsOfKind(kind).size();
            if (n < atLeast)
                report(0, "cards",
                       "needs at least " + std::to_string(atLeast) + " '" + cardKindName(kind) + "' cards, has " +
                           std::to_string(n));
        };
        auto orders = [&](CardKind kind, int first, int count) {
            auto cards = deck.cardsOfKind(kind);
            for (int k = 0; k < count; ++k)
                if (std::none_of(cards.begin(), cards.end(), [&](const Card* c) { return c->order == first + k; }))
                    report(0, "cards",
                           std::string("no '") + cardKindName(kind) + "' card has order " + std::to_string(first + k));
        };
        // A rule that names a group: it must be there and (when `role` is
        // given) have that role; a rule of the other game must not be set.
        auto groupRule = [&](const char* name, const std::string& id, bool needed, std::optional<GroupRole> role,
                             const char* roleName) {
            const int line = lineOfId(name);
            if (!needed) {
                if (!id.empty())
                    report(line, "rules",
                           std::string("rule '") + name + "' is not one of the " + gameKindName(deck.kind) + " rules");
                return;
            }
            if (id.empty()) return report(line, "rules", std::string("rule '") + name + "' is missing");
            const CardGroup* g = deck.group(id);
            if (!g)
                return report(
                    line, "rules",
                    std::string("rule '") + name + "' names group '" + id + "', which the deck does not have");
            if (role && g->role != *role)
                report(line, "rules",
                       std::string("rule '") + name + "' names group '" + id + "', which is not a " + roleName);
        };
        const bool tegenwicht = deck.kind == GameKind::Tegenwicht;
        const bool samenleer = deck.kind == GameKind::Samenleer;
        groupRule("counterGroup", deck.tegenwicht.counterGroup, tegenwicht, std::nullopt, "");
        groupRule("ownTopicTheme", deck.samenleer.ownTopicTheme, samenleer, GroupRole::Theme, "theme");
        if (deck.kind == GameKind::Reflectie) return checkReflectie(deck, need, orders);
        if (tegenwicht) {
            need(CardKind::Factor, static_cast<std::size_t>(deck.rule("maxSeats", 8) * deck.rule("handSize", 5)));
            need(CardKind::Counter, 1);
            orders(CardKind::Step, 0, 6);
            for (const Card* c : deck.cardsOfKind(CardKind::Factor))
                if (deck.group(c->group)->role != GroupRole::Cluster)
                    report(lineOfId(c->id), "card " + c->id, "a factor card must belong to a cluster group");
            if (deck.counterGroup())
                for (const Card* c : deck.cardsOfKind(CardKind::Counter))
                    if (c->group != deck.tegenwicht.counterGroup)
                        report(
                            lineOfId(c->id), "card " + c->id,
                            "a counter card must belong to the counter group '" + deck.tegenwicht.counterGroup + "'");
        } else {
            need(CardKind::Moment, 1);
            need(CardKind::Action, 1);
            orders(CardKind::Question, 0, 3);
            orders(CardKind::Rating, deck.rule("ratingMin", 1),
                   deck.rule("ratingMax", 5) - deck.rule("ratingMin", 1) + 1);
            for (const Card* c : deck.cardsOfKind(CardKind::Moment))
                if (deck.group(c->group)->role != GroupRole::Theme)
                    report(lineOfId(c->id), "card " + c->id, "a moment card must belong to a theme group");
        }
    }
};

}  // namespace

std::optional<Deck> parseDeck(const std::string& json, const std::string& fileName, const PictogramSet& pictograms,
                              std::vector<DeckProblem>& problems) {
    return DeckParser(json, fileName, pictograms, problems).parse();
}

std::optional<Deck> loadDeckFile(const fs::path& file, const PictogramSet& pictograms,
                                 std::vector<DeckProblem>& problems) {
    const std::string name = file.filename().string();
    std::error_code ec;
    auto size = fs::file_size(file, ec);
    if (ec) {
        problems.push_back({name, 0, "", "cannot read the file: " + ec.message()});
        return std::nullopt;
    }
    if (size > kMaxDeckFileBytes) {
        problems.push_back({name, 0, "", "file is larger than 1 MiB"});
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::string json(static_cast<std::size_t>(size), '\0');
    if (!in.read(json.data(), static_cast<std::streamsize>(size))) {
        problems.push_back({name, 0, "", "cannot read the file"});
        return std::nullopt;
    }
    return parseDeck(json, name, pictograms, problems);
}

const Deck* DeckCatalog::find(const std::string& id) const {
    for (const auto& d : decks)
        if (d.id == id) return &d;
    return nullptr;
}

const Deck* DeckCatalog::firstOfKind(GameKind kind) const {
    for (const auto& d : decks)
        if (d.kind == kind) return &d;
    return nullptr;
}

DeckCatalog loadDeckDirectory(const fs::path& decksDir, const fs::path& pictogramDir) {
    DeckCatalog catalog;
    const PictogramSet pictograms = listPictograms(pictogramDir);
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(decksDir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json") files.push_back(it->path());
    if (ec) catalog.problems.push_back({decksDir.string(), 0, "", "cannot read the deck folder: " + ec.message()});
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        if (auto deck = loadDeckFile(f, pictograms, catalog.problems)) {
            if (catalog.find(deck->id))
                catalog.problems.push_back(
                    {f.filename().string(), 0, "deck", "deck id '" + deck->id + "' is used twice"});
            else catalog.decks.push_back(std::move(*deck));
        }
    }
    std::sort(catalog.decks.begin(), catalog.decks.end(), [](const Deck& a, const Deck& b) { return a.id < b.id; });
    return catalog;
}

DeckCatalog loadBundledDecks() {
    const fs::path assets = platform::defaultAssetsDir();
    return loadDeckDirectory(assets / "decks", assets / "pictograms");
}

}  // namespace samenspel
