// The view/draft sidecar of a game on the table: what the screens had open
// and the words being typed, so a resumed game comes back as it was left,
// not only with its moves. It is not part of the record (never exported,
// never merged): it lives beside the in-progress record and is dropped once
// the game is finished or stopped.
//
// File format (in-progress/<record id>.view), all integers little-endian
// as cereal's portable binary archive writes them:
//   magic "SSVW" (4 bytes), format version (u16, now 1), then the payload:
//   drafts: count (<= kMaxDrafts), then per entry key (<= kMaxKeyBytes),
//           text (<= kMaxDraftBytes, valid UTF-8)
//   numbers: count (<= kMaxNumbers), then per entry key, value (i32)
// Keys are field or view ids such as "sl.talk.0.1" or "tw.round-intro";
// "view.screen" (a draft: the id of the screen showing) with "view.scroll"
// (a number: how far its list was scrolled, in dp) bring a resumed game
// back scrolled as it was left.
// A file over kMaxFileBytes, with another magic or version, a count or
// length over its cap, invalid UTF-8 or bytes left over is damaged: the
// table logs one line and resumes without it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace samenspel {

struct ViewDraft {
    static constexpr std::size_t kMaxDrafts = 64, kMaxNumbers = 64;
    static constexpr std::size_t kMaxKeyBytes = 64, kMaxDraftBytes = 2000;
    static constexpr std::size_t kMaxFileBytes = 256u << 10;

    std::map<std::string, std::string> drafts;    // field id -> UTF-8 text being typed
    std::map<std::string, std::int32_t> numbers;  // view id -> scroll position, shown moment, open page

    bool empty() const { return drafts.empty() && numbers.empty(); }
    bool operator==(const ViewDraft& o) const { return drafts == o.drafts && numbers == o.numbers; }
    bool operator!=(const ViewDraft& o) const { return !(*this == o); }
};

// Entries over a cap are left out (a draft longer than the cap is cut at a
// character boundary), so what is encoded always decodes.
std::string encodeViewDraft(const ViewDraft& view);
std::optional<ViewDraft> decodeViewDraft(const std::string& bytes, std::string* why);

}  // namespace samenspel
