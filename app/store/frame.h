// The frame around every stored record: magic, format version, flags,
// payload length and CRC-32, all little-endian (FORMAT.md, "Record frame").
// A frame is checked completely before any byte of its payload is decoded.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace samenspel {

constexpr std::size_t kFrameHeaderBytes = 20;
constexpr std::string_view kRecordMagic{"SMSPREC1", 8};
constexpr std::uint16_t kRecordFormatVersion = 1;      // the newest record frame this code reads and writes
constexpr std::uint32_t kMaxRecordPayload = 4u << 20;  // 4 MiB

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as in zlib and PNG).
// Pass the previous result as `crc` to continue over more bytes.
std::uint32_t crc32(const void* data, std::size_t size, std::uint32_t crc = 0);

// Little-endian helpers, so no byte of a file depends on the host.
void putU16(std::string& out, std::uint16_t v);
void putU32(std::string& out, std::uint32_t v);
std::uint16_t getU16(const unsigned char* p);
std::uint32_t getU32(const unsigned char* p);

// The 20 header bytes, as read; nothing checked yet.
struct FrameHeader {
    std::string_view magic;  // points into the bytes it was read from
    std::uint16_t version = 0;
    std::uint16_t flags = 0;
    std::uint32_t length = 0;  // payload bytes (in a bundle header: the record count)
    std::uint32_t crc = 0;
};
// `bytes` must hold at least kFrameHeaderBytes.
FrameHeader readFrameHeader(std::string_view bytes);

// Checks a record header: magic, version, flags and the payload cap. Returns
// the first problem as one line, or nothing when the header is good.
std::optional<std::string> recordHeaderProblem(const FrameHeader& h);

// Header + payload. The payload must be at most kMaxRecordPayload.
std::string frameRecord(std::string_view payload);

// Checks a complete record frame (header, exact length, CRC) and returns its
// payload, or nothing with `why` set to a one-line reason.
std::optional<std::string_view> unframeRecord(std::string_view frame, std::string* why);

}  // namespace samenspel
