#include "store/frame.h"

#include <array>
#include <cstdio>

namespace samenspel {

namespace {

// Slicing-by-8: eight 256-entry tables let the loop take 8 bytes a step,
// which keeps checking a 100 MB bundle well under a tenth of a second.
using CrcTables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr CrcTables makeCrcTables() {
    CrcTables t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[0][i] = c;
    }
    for (std::uint32_t i = 0; i < 256; ++i)
        for (std::size_t s = 1; s < 8; ++s) t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xFF];
    return t;
}

constexpr CrcTables kCrcTables = makeCrcTables();

std::string hex32(std::uint32_t v) {
    char buf[11];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

}  // namespace

std::uint32_t crc32(const void* data, std::size_t size, std::uint32_t crc) {
    const auto* p = static_cast<const unsigned char*>(data);
    const auto& t = kCrcTables;
    std::uint32_t c = ~crc;
    while (size >= 8) {
        std::uint32_t lo = c ^ (static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
                                static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24);
        c = t[7][lo & 0xFF] ^ t[6][(lo >> 8) & 0xFF] ^ t[5][(lo >> 16) & 0xFF] ^ t[4][lo >> 24] ^ t[3][p[4]] ^
            t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
        p += 8;
        size -= 8;
    }
    while (size--) c = t[0][(c ^ *p++) & 0xFF] ^ (c >> 8);
    return ~c;
}

void putU16(std::string& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
}

void putU32(std::string& out, std::uint32_t v) {
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}

std::uint16_t getU16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | p[1] << 8); }

std::uint32_t getU32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
           static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

FrameHeader readFrameHeader(std::string_view bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    FrameHeader h;
    h.magic = bytes.substr(0, 8);
    h.version = getU16(p + 8);
    h.flags = getU16(p + 10);
    h.length = getU32(p + 12);
    h.crc = getU32(p + 16);
    return h;
}

std::optional<std::string> recordHeaderProblem(const FrameHeader& h) {
    if (h.magic != kRecordMagic) return std::string("not a Samenspel record (wrong magic bytes)");
    if (h.version == 0 || h.version > kRecordFormatVersion)
        return "record format version " + std::to_string(h.version) + " is not one this app reads (1.." +
               std::to_string(kRecordFormatVersion) + ")";
    if (h.flags != 0) return "unknown record flags " + std::to_string(h.flags);
    if (h.length > kMaxRecordPayload)
        return "payload length " + std::to_string(h.length) + " exceeds the " + std::to_string(kMaxRecordPayload) +
               "-byte cap";
    return std::nullopt;
}

std::string frameRecord(std::string_view payload) {
    std::string out;
    out.reserve(kFrameHeaderBytes + payload.size());
    out.append(kRecordMagic);
    putU16(out, kRecordFormatVersion);
    putU16(out, 0);
    putU32(out, static_cast<std::uint32_t>(payload.size()));
    putU32(out, crc32(payload.data(), payload.size()));
    out.append(payload);
    return out;
}

std::optional<std::string_view> unframeRecord(std::string_view frame, std::string* why) {
    auto fail = [&](std::string m) -> std::optional<std::string_view> {
        if (why) *why = std::move(m);
        return std::nullopt;
    };
    if (frame.size() < kFrameHeaderBytes)
        return fail("truncated: " + std::to_string(frame.size()) + " bytes, shorter than the " +
                    std::to_string(kFrameHeaderBytes) + "-byte header");
    const FrameHeader h = readFrameHeader(frame);
    if (auto problem = recordHeaderProblem(h)) return fail(*problem);
    const std::size_t have = frame.size() - kFrameHeaderBytes;
    if (have < h.length)
        return fail("truncated: the header promises " + std::to_string(h.length) + " payload bytes, there are " +
                    std::to_string(have));
    if (have > h.length) return fail(std::to_string(have - h.length) + " trailing bytes after the payload");
    std::string_view payload = frame.substr(kFrameHeaderBytes);
    if (std::uint32_t c = crc32(payload.data(), payload.size()); c != h.crc)
        return fail("checksum mismatch (stored " + hex32(h.crc) + ", computed " + hex32(c) + ")");
    return payload;
}

}  // namespace samenspel
