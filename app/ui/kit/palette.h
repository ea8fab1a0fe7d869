// The app's colours as plain numbers, with no ImGui, so a test can compute
// their contrast (content/colour.h) without a window: the normal palette and
// the stronger Beeldmodus palette, and the list of which colour is drawn on
// which. theme.h turns a Palette into ImGui colours.
#pragma once
#include <vector>

#include "content/colour.h"

namespace samenspel::ui {

struct Palette {
    Rgb background;  // the page
    Rgb surface;     // cards, tiles, header, footer
    Rgb surfaceAlt;  // quiet buttons, a pressed surface
    Rgb text;
    Rgb textMuted;    // second lines, hints
    Rgb primary;      // main buttons, selection rings
    Rgb primaryText;  // labels on primary, danger and role colours
    Rgb primarySoft;  // selected fill
    Rgb outline;      // edges of controls (text fields, speaker buttons)
    Rgb divider;      // lines between parts; card edges
    Rgb danger;
    Rgb disabled, disabledText;
    Rgb cardBack;
    Rgb heavy, light, unnoticed;  // Tegenwicht's balance zones (each also has its own pictogram and border)
    Rgb coach, jobseeker;         // the two roles (each also has its avatar and its name)
};

// A calm light palette; its text colours pass WCAG AA on the surfaces they sit on.
constexpr Palette kNormalPalette{
    {0xF5, 0xF3, 0xEE}, {0xFF, 0xFF, 0xFF}, {0xEC, 0xE9, 0xE2}, {0x1C, 0x1B, 0x1F}, {0x4B, 0x4A, 0x52},
    {0x0B, 0x5D, 0x6B}, {0xFF, 0xFF, 0xFF}, {0xDD, 0xEE, 0xF0}, {0x6F, 0x6E, 0x76}, {0xD6, 0xD3, 0xCB},
    {0xA8, 0x1F, 0x17}, {0xC9, 0xC6, 0xBF}, {0x40, 0x3E, 0x3A}, {0x0B, 0x5D, 0x6B}, {0x8C, 0x2F, 0x00},
    {0x1F, 0x5F, 0x9E}, {0x4B, 0x4A, 0x52}, {0x1A, 0x5F, 0xB4}, {0x8A, 0x4B, 0x00},
};

// Beeldmodus: for people who read little and may see less well. No faint
// grey text, and card and tile edges dark enough to see (3:1), so every
// card reads as a shape even without its shadow.
constexpr Palette kBeeldPalette{
    {0xFA, 0xF8, 0xF3}, {0xFF, 0xFF, 0xFF}, {0xE6, 0xE3, 0xDB}, {0x11, 0x10, 0x14}, {0x2E, 0x2D, 0x33},
    {0x0B, 0x5D, 0x6B}, {0xFF, 0xFF, 0xFF}, {0xD3, 0xEA, 0xEE}, {0x4B, 0x4A, 0x52}, {0x85, 0x82, 0x8A},
    {0xA8, 0x1F, 0x17}, {0xC9, 0xC6, 0xBF}, {0x33, 0x31, 0x2E}, {0x0B, 0x5D, 0x6B}, {0x8C, 0x2F, 0x00},
    {0x1F, 0x5F, 0x9E}, {0x4B, 0x4A, 0x52}, {0x1A, 0x5F, 0xB4}, {0x8A, 0x4B, 0x00},
};

// OpenMoji draws every pictogram's outline in black: that line, not the fill
// colours, carries the picture (and still reads in black and white).
constexpr Rgb kPictogramLine{0x00, 0x00, 0x00};

struct ColourPair {
    const char* what;
    Rgb front, back;
};

// Every text colour on every colour it is drawn on: needs 4.5:1.
inline std::vector<ColourPair> textPairs(const Palette& p) {
    return {
        {"text on the page", p.text, p.background},
        {"text on a card", p.text, p.surface},
        {"text on a quiet button", p.text, p.surfaceAlt},
        {"text on a selected fill", p.text, p.primarySoft},
        {"muted text on a card", p.textMuted, p.surface},
        {"muted text on the page", p.textMuted, p.background},
        {"secondary button label", p.primary, p.surface},
        {"primary button label", p.primaryText, p.primary},
        {"danger button label", p.primaryText, p.danger},
        {"disabled button label", p.disabledText, p.disabled},
        {"label on the card back", p.primaryText, p.cardBack},
        {"coach badge", p.primaryText, p.coach},
        {"jobseeker badge", p.primaryText, p.jobseeker},
        {"message bar", p.primaryText, p.text},
        {"heavy zone label", p.heavy, p.surface},
        {"light zone label", p.light, p.surface},
        {"unnoticed zone label", p.unnoticed, p.surface},
    };
}

// Every pictogram, icon and control edge on what it is drawn on: needs 3:1.
inline std::vector<ColourPair> graphicPairs(const Palette& p, bool beeldmodus) {
    std::vector<ColourPair> out{
        {"pictogram on the page", kPictogramLine, p.background},
        {"pictogram on a card", kPictogramLine, p.surface},
        {"pictogram on a quiet button", kPictogramLine, p.surfaceAlt},
        {"pictogram on a selected fill", kPictogramLine, p.primarySoft},
        {"control edge on a card", p.outline, p.surface},
        {"control edge on the page", p.outline, p.background},
        {"selection ring on a card", p.primary, p.surface},
        {"primary button on the page", p.primary, p.background},
        {"coach selection ring", p.coach, p.surface},
        {"jobseeker selection ring", p.jobseeker, p.surface},
        {"check badge on a selected fill", p.primary, p.primarySoft},
    };
    if (beeldmodus) {
        // In Beeldmodus the card edge, not only its shadow, shows the card.
        out.push_back({"card edge on the page", p.divider, p.background});
        out.push_back({"card edge on a card", p.divider, p.surface});
    }
    return out;
}

}  // namespace samenspel::ui
