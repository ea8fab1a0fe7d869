// libFuzzer target: any bytes as a record file, and as a record payload
// behind a correct frame (so the fuzzer reaches the decoder past the CRC).
#include <cstddef>
#include <cstdint>
#include <string>

#include "store/frame.h"
#include "store/record_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::string why;
    (void)samenspel::decodeRecord(bytes, &why);
    if (size <= samenspel::kMaxRecordPayload) {
        if (auto record = samenspel::decodeRecordPayload(bytes, &why)) {
            // Whatever decodes must encode again and decode to the same record.
            auto again = samenspel::encodeRecord(*record, &why);
            if (!again) __builtin_trap();
            auto back = samenspel::decodeRecord(*again, &why);
            if (!back || *back != *record) __builtin_trap();
        }
    }
    return 0;
}
