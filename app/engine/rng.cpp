#include "rng.h"

namespace samenspel {

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
    // pcg32_srandom_r from the reference implementation.
    state_ = 0;
    inc_ = (stream << 1u) | 1u;
    next();
    state_ += seed;
    next();
}

std::uint32_t Rng::next() {
    std::uint64_t old = state_;
    state_ = old * 6364136223846793005ULL + inc_;
    auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
    auto rot = static_cast<std::uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

std::uint32_t Rng::below(std::uint32_t bound) {
    // pcg32_boundedrand_r: reject the few low values that would bias the modulo.
    std::uint32_t threshold = (0u - bound) % bound;
    for (;;) {
        std::uint32_t r = next();
        if (r >= threshold) return r % bound;
    }
}

}  // namespace samenspel
