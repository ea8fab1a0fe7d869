#include "ui/shell/about_screen.h"

#include <sstream>

#include "ui/kit/widgets.h"

namespace samenspel::ui {

namespace {
// Markdown to plain text: links become "text (address)", emphasis and code
// marks go.
std::string plain(std::string s) {
    for (std::size_t open; (open = s.find('[')) != std::string::npos;) {
        auto mid = s.find("](", open);
        auto close = mid == std::string::npos ? std::string::npos : s.find(')', mid);
        if (close == std::string::npos) break;
        std::string text = s.substr(open + 1, mid - open - 1), url = s.substr(mid + 2, close - mid - 2);
        s = s.substr(0, open) + (text == url ? text : text + " (" + url + ")") + s.substr(close + 1);
    }
    std::string out;
    for (char c : s)
        if (c != '*' && c != '`') out += c;
    return out;
}
}  // namespace

Choice AboutScreen::draw(Ui& ui, const std::string& credits) {
    Choice choice;
    ScreenHeader header;
    header.id = "shell.about";
    header.title = ui.t("shell.about.title");
    header.canGoBack = true;
    if (beginScreen(ui, header)) choice = Choice::back();
    beginBody(ui, scroll, 0);
    std::istringstream in(credits);
    std::string para;
    auto flush = [&] {
        if (para.rfind("• ", 0) == 0) {
            // A list item: the bullet hangs, the wrapped lines line up after it.
            ImGui::TextUnformatted("•");
            ImGui::SameLine(0, ui.dp(10));
            paragraph(ui, plain(para.substr(std::string("• ").size())));
        } else if (!para.empty()) {
            paragraph(ui, plain(para));
        }
        para.clear();
    };
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) {
            flush();
        } else if (line.rfind("#", 0) == 0) {
            flush();
            const auto text = line.substr(line.find_first_not_of("# "));
            if (line.rfind("# ", 0) != 0) {  // the file's own title is the screen's title
                gap(ui, 6);
                heading(ui, plain(text));
            }
        } else if (line.rfind("- ", 0) == 0) {
            flush();
            para = "• " + line.substr(2);
        } else {
            if (!para.empty()) para += ' ';
            para += line.substr(line.find_first_not_of(' ') == std::string::npos ? 0 : line.find_first_not_of(' '));
        }
    }
    flush();
    if (credits.empty()) paragraph(ui, ui.t("shell.about.missing"), ui.theme.danger);
    endBody(ui, scroll);
    endScreen(ui);
    return choice;
}

}  // namespace samenspel::ui
