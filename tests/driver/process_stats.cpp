#include "tests/driver/process_stats.h"

#include <cstdio>
#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace samenspel::driver {

double peakResidentMb() {
#if defined(__linux__)
    if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f))
            if (std::strncmp(line, "VmHWM:", 6) == 0) {
                long kb = 0;
                std::sscanf(line + 6, "%ld", &kb);
                std::fclose(f);
                return kb / 1024.0;
            }
        std::fclose(f);
    }
#endif
#if defined(__unix__) || defined(__APPLE__)
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0) {
#if defined(__APPLE__)
        return u.ru_maxrss / (1024.0 * 1024.0);
#else
        return u.ru_maxrss / 1024.0;
#endif
    }
#endif
    return -1;
}

}  // namespace samenspel::driver
