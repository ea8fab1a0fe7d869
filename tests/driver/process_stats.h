// Numbers about this process for --bench: peak resident memory.
#pragma once

namespace samenspel::driver {

// Peak resident set size in MiB (VmHWM on Linux, ru_maxrss elsewhere); -1 when unknown.
double peakResidentMb();

}  // namespace samenspel::driver
