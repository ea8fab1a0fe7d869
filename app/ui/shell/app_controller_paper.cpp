// Paper from the app: a deck as printable cards, the take-home sheet of a
// Samenleergesprek and the Tegenwicht end picture, written by app/export
// where exports go. The screens only ask (PrintDeck, SaveTakeHome,
// SaveEndPicture); what happened shows as the message over the screen.
#include <cstdio>
#include <ctime>

#include "export/deck_sheets.h"
#include "export/end_picture.h"
#include "export/paper_files.h"
#include "export/take_home.h"
#include "ui/kit/paper_buttons.h"
#include "ui/shell/app_controller.h"

namespace samenspel::ui {

namespace {
// "2026-11-28-1405": file names that sort by time and differ per talk.
std::string stamp(long long unixMs) {
    const std::time_t t = static_cast<std::time_t>(unixMs / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d-%H%M", &tm);
    return buf;
}
}  // namespace

bool paperAvailable() { return true; }

void AppController::paperDone(bool ok, const std::filesystem::path& file) {
    message_ = ok ? ui_.tf("kit.paper.saved", {{"file", file.filename().string()}}) : ui_.t("kit.paper.failed");
}

void AppController::printDeck(const std::string& deckId) {
    const Deck* deck = catalog_.find(deckId);
    if (!deck) return;
    const std::filesystem::path file = std::filesystem::path(exportsFolder_) / (deck->id + "-kaarten.pdf");
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    paper::PaperKit kit(sys_.assetsDir());
    std::string why;
    const auto doc = paper::deckDocument(kit, *deck, &why);
    const bool ok = doc && paper::writePdf(*doc, file, &why);
    if (!ok) std::fprintf(stderr, "%s\n", std::string("print " + deck->id + ": " + why).c_str());
    paperDone(ok, file);
}

void AppController::saveTakeHome(bool withNotes) {
    const Game* game = table_.game();
    if (!game || !game->samenleer()) return;
    const auto base = std::filesystem::path(exportsFolder_) /
                      ("samenleergesprek-" + stamp(sys_.unixMs()) + (ui_.beeldmodus ? "-beeld" : ""));
    std::error_code ec;
    std::filesystem::create_directories(base.parent_path(), ec);
    paper::PaperKit kit(sys_.assetsDir());
    paper::TakeHomeOptions options;
    options.beeldmodus = ui_.beeldmodus;
    options.withNotes = withNotes;
    options.dateMs = sys_.unixMs();
    std::string why;
    const paper::TakeHomeFiles files{base.string() + ".png", base.string() + ".pdf"};
    const bool ok = paper::writeTakeHome(kit, game->deck(), *game->samenleer(), options, files, &why);
    if (!ok) std::fprintf(stderr, "%s\n", std::string("take-home sheet: " + why).c_str());
    paperDone(ok, files.png);
}

void AppController::saveEndPicture() {
    const Game* game = table_.game();
    if (!game || !game->tegenwicht()) return;
    const auto file = std::filesystem::path(exportsFolder_) / ("tegenwicht-" + stamp(sys_.unixMs()) + ".png");
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    paper::PaperKit kit(sys_.assetsDir());
    std::string why;
    const bool ok = paper::writeEndPicture(kit, game->deck(), *game->tegenwicht(), sys_.unixMs(), file, &why);
    if (!ok) std::fprintf(stderr, "%s\n", std::string("end picture: " + why).c_str());
    paperDone(ok, file);
}

}  // namespace samenspel::ui
