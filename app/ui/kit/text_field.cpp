#include "ui/kit/text_field.h"

#include <imgui_stdlib.h>

#include <algorithm>

#include "engine/action.h"

namespace samenspel::ui {

namespace {
struct Limit {
    std::size_t maxChars;
};

// Cuts the text back to `maxChars` code points while typing.
int limitLength(ImGuiInputTextCallbackData* data) {
    const auto* limit = static_cast<const Limit*>(data->UserData);
    std::size_t chars = 0;
    for (int i = 0; i < data->BufTextLen; ++i) {
        if ((static_cast<unsigned char>(data->Buf[i]) & 0xC0) != 0x80 && ++chars > limit->maxChars) {
            data->DeleteChars(i, data->BufTextLen - i);
            break;
        }
    }
    return 0;
}
}  // namespace

void beginFieldLook(Ui& ui, const std::string& label) {
    const auto& f = ui.fonts();
    if (!label.empty()) {
        ImGui::PushFont(f.bold);
        ImGui::TextWrapped("%s", label.c_str());
        ImGui::PopFont();
    }
    const float padY = std::max(ui.dp(13), (ui.dp(52) - f.body->FontSize) / 2);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.dp(14), padY));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(ui.theme.outline));
    ImGui::SetNextItemWidth(ui.columnWidth());
}

void endFieldLook() {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

bool followFieldFocus(Ui& ui) {
    if (!ImGui::IsItemActive()) return false;
    ui.textFieldActive();
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(a, b, ui.theme.primary, ImGui::GetStyle().FrameRounding, 0, ui.dp(2.5f));
    // Keep the field in view above the keyboard: the body shrinks to the
    // space the keyboard leaves, so it is enough to keep it in the body
    // (with its label above it).
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    const float margin = ui.dp(12), label = ui.fonts().bold->FontSize * 1.5f;
    if (b.y > bottom - margin)
        ImGui::SetScrollY(ImGui::GetScrollY() + (b.y - bottom + margin));
    else if (a.y - label < top)
        ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - (top - a.y + label)));
    return true;
}

bool textField(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
               const std::string& hint) {
    beginFieldLook(ui, label);
    Limit limit{maxChars};
    ImGui::PushID(id.c_str());
    const bool enter = ImGui::InputTextWithHint("##text", hint.c_str(), &value,
                                                ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackEdit,
                                                limitLength, &limit);
    ImGui::PopID();
    endFieldLook();
    const bool committed = enter || ImGui::IsItemDeactivatedAfterEdit();
    ui.target(label.empty() ? hint : label, id);
    followFieldFocus(ui);
    if (!value.empty()) {
        const std::size_t n = utf8Length(value);
        if (n > maxChars * 3 / 4) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(ui.theme.textMuted));
            ImGui::Text("%zu / %zu", n, maxChars);
            ImGui::PopStyleColor();
        }
    }
    return committed;
}

}  // namespace samenspel::ui
