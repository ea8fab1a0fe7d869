#include "ui/kit/seat_editor.h"

#include "ui/kit/text_field.h"
#include "ui/kit/widgets.h"

namespace samenspel::ui {

bool seatEditor(Ui& ui, const std::string& id, const std::string& hint, Seat& seat, int index, int& editing) {
    std::string& avatar = seat.avatar;
    bool open = editing == index;
    bool changed = false;
    const float col = ui.columnWidth();
    const float tile = ui.dp(60);
    if (pictogramTile(ui, avatar, "", id + ".avatar", ImVec2(tile, tile), open)) open = !open;
    ImGui::SameLine();
    ImGui::BeginGroup();
    ui.setColumnWidth(col - tile - ImGui::GetStyle().ItemSpacing.x);
    if (textField(ui, "", id + ".name", seat.nickname, limits::kNicknameChars, hint)) changed = true;
    ui.setColumnWidth(col);
    ImGui::EndGroup();
    if (open) {
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const int perRow = std::max(1, static_cast<int>((col + spacing) / (ui.dp(56) + spacing)));
        const float size = (col - spacing * (perRow - 1)) / perRow;
        for (int i = 1; i <= kAvatarCount; ++i) {
            if ((i - 1) % perRow) ImGui::SameLine();
            const std::string name = "avatar-" + std::to_string(i);
            if (pictogramTile(ui, name, "", id + ".pick." + std::to_string(i), ImVec2(size, size), name == avatar)) {
                avatar = name;
                open = false;
                changed = true;
            }
        }
    }
    editing = open ? index : (editing == index ? -1 : editing);
    return changed;
}

}  // namespace samenspel::ui
