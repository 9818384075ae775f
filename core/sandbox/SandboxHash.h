#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstddef>

// Stateless randomness for the generator. Every value is a hash of (seed, key, metric), never the
// n-th output of a sequential generator: the value of a day or of a post does not depend on what
// was generated before it, so any window of days gives the same numbers for the same date.
namespace pagesight::sandbox::hashing {

// splitmix64's output function: a cheap, well-mixed 64-bit bijection.
constexpr quint64 splitmix64(quint64 x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

constexpr quint64 hash(quint64 seed, quint64 key, quint64 metric) {
    return splitmix64(seed ^ splitmix64(key ^ splitmix64(metric)));
}

// Uniform in [0, 1).
constexpr double unit(quint64 h) {
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

inline double unit(quint64 seed, quint64 key, quint64 metric) {
    return unit(hash(seed, key, metric));
}

inline qint64 roundToInt(double v) {
    return qint64(std::llround(v));
}

// A short deterministic stream for one item (one post): its own seed, so items stay independent.
class Stream {
public:
    explicit Stream(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        m_state += 0x9E3779B97F4A7C15ULL;
        return splitmix64(m_state);
    }
    double unit() { return hashing::unit(next()); }
    // Inclusive range.
    qint64 range(qint64 low, qint64 high) { return low + qint64(unit() * double(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[range(0, N - 1)]; }

private:
    quint64 m_state;
};

} // namespace pagesight::sandbox::hashing
