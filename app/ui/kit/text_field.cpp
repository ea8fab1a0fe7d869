#include "ui/kit/text_field.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "engine/action.h"
#include "ui/kit/text_exact.h"

namespace samenspel::ui {

namespace {

// Why the field did not take what was typed; shown under it until the next edit.
enum Refusal : int { kNone = 0, kTooLong = 1, kCharacter = 2 };

struct FieldInput {
    std::size_t maxChars;
    Ui* ui;
    std::size_t typedAt = 0;  // how far into ui->typedText() the lost characters are taken
    int refusal = kNone;
};

// The next character above U+FFFF in the frame's typed text, from `at` on.
char32_t nextAstral(const std::string& typed, std::size_t& at) {
    while (at < typed.size()) {
        const char32_t cp = decodeUtf8(typed, at);
        if (cp > 0xFFFF) return cp;
    }
    return 0;
}

int fieldCallback(ImGuiInputTextCallbackData* data) {
    auto* in = static_cast<FieldInput*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
        // ImGui's 16-bit characters turned a typed emoji into U+FFFD: take
        // the real one from what the platform received (Services::typedText)
        // and hand ImGui its stand-in. Bytes that were no character at all
        // (invalid UTF-8) have none: refuse them and say so; never keep U+FFFD.
        if (data->EventChar == 0xFFFD) {
            const char32_t cp = nextAstral(in->ui->typedText(), in->typedAt);
            const char32_t s = cp ? in->ui->standIns().standInFor(cp) : 0;
            if (!s) {
                in->refusal = kCharacter;
                return 1;
            }
            data->EventChar = static_cast<ImWchar>(s);
        } else if (isStandIn(data->EventChar)) {
            // A private-use character typed as such: it gets a stand-in too.
            const char32_t s = in->ui->standIns().standInFor(data->EventChar);
            if (!s) return in->refusal = kCharacter, 1;
            data->EventChar = static_cast<ImWchar>(s);
        }
        return 0;
    }
    // Edit: cut the text back to `maxChars` code points (a stand-in is one)
    // and say why under the field.
    std::size_t chars = 0;
    for (int i = 0; i < data->BufTextLen; ++i) {
        if ((static_cast<unsigned char>(data->Buf[i]) & 0xC0) != 0x80 && ++chars > in->maxChars) {
            data->DeleteChars(i, data->BufTextLen - i);
            in->refusal = kTooLong;
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
    if (b.y > bottom - margin) ImGui::SetScrollY(ImGui::GetScrollY() + (b.y - bottom + margin));
    else if (a.y - label < top) ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - (top - a.y + label)));
    return true;
}

bool textField(Ui& ui, const std::string& label, const std::string& id, std::string& value, std::size_t maxChars,
               const std::string& hint) {
    beginFieldLook(ui, label);
    FieldInput in{maxChars, &ui};
    // ImGui edits a copy in which characters above U+FFFF are stand-ins
    // (text_exact.h); the value keeps them exactly. The fonts draw a stand-in
    // as an outlined box (the platform's fallback glyph).
    std::string editable;
    toEditable(value, ui.standIns(), editable);
    ImGui::PushID(id.c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID refusalKey = ImGui::GetID("##refusal");
    const bool enter =
        ImGui::InputTextWithHint("##text", hint.c_str(), &editable,
                                 ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackEdit |
                                     ImGuiInputTextFlags_CallbackCharFilter,
                                 fieldCallback, &in);
    endFieldLook();
    const bool committed = enter || ImGui::IsItemDeactivatedAfterEdit();
    ui.target(label.empty() ? hint : label, id);
    const std::string exact = fromEditable(editable, ui.standIns());
    if (exact != value) {
        value = exact;
        if (in.refusal == kNone) storage->SetInt(refusalKey, kNone);  // a good edit clears an old refusal
    }
    if (in.refusal != kNone) storage->SetInt(refusalKey, in.refusal), ui.keepAnimating();
    followFieldFocus(ui);
    // Under the field: why something was not taken, else how close it is to full.
    const int refused = storage->GetInt(refusalKey, kNone);
    const std::size_t n = codePoints(value);
    std::string note;
    if (refused == kTooLong) note = ui.tf("kit.field.too_long", {{"n", std::to_string(maxChars)}});
    else if (refused == kCharacter) note = ui.t("kit.field.character");
    else if (n > maxChars * 3 / 4)
        note = ui.tf("kit.field.count", {{"n", std::to_string(n)}, {"max", std::to_string(maxChars)}});
    if (!note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text,
                              ImGui::ColorConvertU32ToFloat4(refused ? ui.theme.text : ui.theme.textMuted));
        ImGui::TextWrapped("%s", note.c_str());
        ImGui::PopStyleColor();
        if (refused) ui.marker(note, id + ".refused");
    }
    ImGui::PopID();
    return committed;
}

}  // namespace samenspel::ui
