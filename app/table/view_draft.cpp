#include "table/view_draft.h"

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>

#include <sstream>

#include "engine/action.h"  // validUtf8

namespace samenspel {

namespace {

constexpr char kMagic[4] = {'S', 'S', 'V', 'W'};
constexpr std::uint16_t kVersion = 1;

struct Damaged {
    std::string why;
};

// Cuts at a character boundary, never inside a UTF-8 sequence.
std::string capped(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return s.substr(0, n);
}

template <class Archive>
void saveString(Archive& ar, const std::string& s) {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(s.size())));
    ar(cereal::binary_data(s.data(), s.size()));
}

// The size is checked before the string grows: a hostile length costs nothing.
template <class Archive>
std::string loadString(Archive& ar, std::size_t max, const char* what) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > max)
        throw Damaged{std::string(what) + " of " + std::to_string(size) + " bytes, more than " + std::to_string(max)};
    std::string s(static_cast<std::size_t>(size), '\0');
    if (size) ar(cereal::binary_data(&s[0], s.size()));
    if (!validUtf8(s)) throw Damaged{std::string(what) + " is not valid UTF-8"};
    return s;
}

template <class Archive>
std::size_t loadCount(Archive& ar, std::size_t max, const char* what) {
    cereal::size_type n = 0;
    ar(cereal::make_size_tag(n));
    if (n > max)
        throw Damaged{std::string(what) + " count " + std::to_string(n) + " over the cap of " + std::to_string(max)};
    return static_cast<std::size_t>(n);
}

}  // namespace

std::string encodeViewDraft(const ViewDraft& view) {
    std::ostringstream out(std::ios::binary);
    out.write(kMagic, sizeof kMagic);
    {
        cereal::PortableBinaryOutputArchive ar(out);
        ar(kVersion);
        std::size_t n = 0;
        for (const auto& [k, v] : view.drafts) n += k.size() <= ViewDraft::kMaxKeyBytes && validUtf8(k) && validUtf8(v);
        n = std::min(n, ViewDraft::kMaxDrafts);
        ar(cereal::make_size_tag(static_cast<cereal::size_type>(n)));
        std::size_t written = 0;
        for (const auto& [k, v] : view.drafts) {
            if (written == n) break;
            if (k.size() > ViewDraft::kMaxKeyBytes || !validUtf8(k) || !validUtf8(v)) continue;
            saveString(ar, k);
            saveString(ar, capped(v, ViewDraft::kMaxDraftBytes));
            ++written;
        }
        n = 0;
        for (const auto& [k, v] : view.numbers) n += k.size() <= ViewDraft::kMaxKeyBytes && validUtf8(k);
        n = std::min(n, ViewDraft::kMaxNumbers);
        ar(cereal::make_size_tag(static_cast<cereal::size_type>(n)));
        written = 0;
        for (const auto& [k, v] : view.numbers) {
            if (written == n) break;
            if (k.size() > ViewDraft::kMaxKeyBytes || !validUtf8(k)) continue;
            saveString(ar, k);
            ar(v);
            ++written;
        }
    }
    return out.str();
}

std::optional<ViewDraft> decodeViewDraft(const std::string& bytes, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<ViewDraft> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    if (bytes.size() > ViewDraft::kMaxFileBytes) return fail("larger than a view sidecar can be");
    if (bytes.size() < sizeof kMagic + 2 || bytes.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0)
        return fail("not a view sidecar");
    std::istringstream in(bytes.substr(sizeof kMagic), std::ios::binary);
    ViewDraft view;
    try {
        cereal::PortableBinaryInputArchive ar(in);
        std::uint16_t version = 0;
        ar(version);
        if (version != kVersion)
            return fail("view sidecar version " + std::to_string(version) + " is not one this app reads");
        for (std::size_t i = 0, n = loadCount(ar, ViewDraft::kMaxDrafts, "draft"); i < n; ++i) {
            std::string k = loadString(ar, ViewDraft::kMaxKeyBytes, "draft key");
            view.drafts[std::move(k)] = loadString(ar, ViewDraft::kMaxDraftBytes, "draft");
        }
        for (std::size_t i = 0, n = loadCount(ar, ViewDraft::kMaxNumbers, "view number"); i < n; ++i) {
            std::string k = loadString(ar, ViewDraft::kMaxKeyBytes, "view key");
            std::int32_t v = 0;
            ar(v);
            view.numbers[std::move(k)] = v;
        }
    } catch (const Damaged& d) {
        return fail(d.why);
    } catch (const std::exception& e) {
        return fail(std::string("view sidecar ends early: ") + e.what());
    }
    if (in.peek() != std::char_traits<char>::eof()) return fail("bytes left after the view sidecar");
    return view;
}

}  // namespace samenspel
