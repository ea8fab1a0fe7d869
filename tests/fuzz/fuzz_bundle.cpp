// libFuzzer target: any bytes as a sync bundle file. Reading goes on past
// damaged records and always ends; nothing crashes or allocates without bound.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "store/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/samenspel-fuzz-bundle-" + std::to_string(getpid()) + ".bin";
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    } else {
        return 0;
    }
    samenspel::BundleReader reader(true);
    std::string why;
    if (reader.open(path, &why)) {
        samenspel::RawRecord record;
        std::size_t steps = 0;
        for (;;) {
            auto step = reader.next(record, &why);
            if (step == samenspel::BundleReader::Step::End) break;
            // Each step consumes at least one byte of the file.
            if (++steps > size + 1) __builtin_trap();
        }
    }
    return 0;
}
