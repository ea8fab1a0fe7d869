// Seeded random numbers that give the same sequence on every platform and
// standard library: PCG32 (O'Neill, pcg-random.org, XSH-RR 64/32) with an
// unbiased bounded draw. std::shuffle and std::uniform_int_distribution are
// avoided on purpose: their results differ between libstdc++, libc++ and MSVC.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace samenspel {

class Rng {
public:
    Rng() : Rng(0) {}
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0x5a6d5370656cULL);

    std::uint32_t next();
    // Uniform integer in [0, bound); bound must be > 0. Rejection sampling,
    // so there is no modulo bias and the result depends only on the seed.
    std::uint32_t below(std::uint32_t bound);

    std::uint64_t state() const { return state_; }
    std::uint64_t increment() const { return inc_; }
    bool operator==(const Rng& o) const { return state_ == o.state_ && inc_ == o.inc_; }
    bool operator!=(const Rng& o) const { return !(*this == o); }

private:
    std::uint64_t state_ = 0;
    std::uint64_t inc_ = 1;
};

// Fisher–Yates from the back: every permutation equally likely, and the
// order is a pure function of the RNG state.
template <class T>
void shuffleInPlace(std::vector<T>& items, Rng& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        std::size_t j = rng.below(static_cast<std::uint32_t>(i));
        std::swap(items[i - 1], items[j]);
    }
}

}  // namespace samenspel
