// A wide landscape screen (a tablet on its side) shows the talk in two
// columns, so what is discussed and what is filled in stay in sight
// together. On a phone or a portrait tablet it does nothing: one column.
//   TwoColumns cols(ui, 0.42f);
//   ...left side...  cols.right();  ...right side...  cols.end();
#pragma once
#include <algorithm>
#include <cmath>

#include "ui/kit/ui.h"

namespace samenspel::ui {

class TwoColumns {
public:
    TwoColumns(Ui& ui, float leftShare) : ui_(ui) {
        const ImVec2 display = ImGui::GetIO().DisplaySize;
        full_ = ui.columnWidth();
        on_ = display.x > display.y && full_ >= ui.dp(600);
        if (!on_) return;
        gutter_ = ui.dp(24);
        left_ = std::floor((full_ - gutter_) * leftShare);
        x0_ = ImGui::GetCursorPosX();
        y0_ = ImGui::GetCursorPosY();
        ui.setColumnWidth(left_);
        ImGui::PushTextWrapPos(x0_ + left_);
    }
    bool on() const { return on_; }
    void right() {
        if (!on_ || inRight_) return;
        inRight_ = true;
        leftBottom_ = ImGui::GetCursorPosY();
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(ImVec2(x0_ + left_ + gutter_, y0_));
        ImGui::Indent(left_ + gutter_);
        ui_.setColumnWidth(full_ - left_ - gutter_);
        ImGui::PushTextWrapPos(x0_ + full_);
    }
    // Back to the one column, below the longer side.
    void end() {
        if (!on_ || ended_) return;
        right();
        ended_ = true;
        ImGui::PopTextWrapPos();
        ImGui::Unindent(left_ + gutter_);
        ui_.setColumnWidth(full_);
        if (ImGui::GetCursorPosY() < leftBottom_) ImGui::SetCursorPosY(leftBottom_);
        ImGui::Dummy(ImVec2(1, 0));
    }
    ~TwoColumns() { end(); }

private:
    Ui& ui_;
    bool on_ = false, inRight_ = false, ended_ = false;
    float full_ = 0, left_ = 0, gutter_ = 0, x0_ = 0, y0_ = 0, leftBottom_ = 0;
};

}  // namespace samenspel::ui
