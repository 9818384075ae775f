#pragma once

// LinkedIn's defaults, in one place. Each release moves kApiVersion forward: LinkedIn sunsets a
// monthly LinkedIn-Version about a year after it ships (HTTP 426 NONEXISTENT_VERSION), and
// tst_sourceconfig fails once this one is more than 9 months old.

#include <QtGlobal>

namespace pagesight::linkedin {

inline constexpr auto kApiVersion = "202611";
inline constexpr auto kApiBase = "https://api.linkedin.com/rest";
inline constexpr auto kOAuthBase = "https://www.linkedin.com/oauth/v2";
// The loopback port of the sign-in redirect (http://127.0.0.1:8765/), registered in the LinkedIn app.
inline constexpr quint16 kLoopbackPort = 8765;
// LinkedIn's clients switch to query tunneling (POST) above 4,000 characters of query; Pagesight's
// batches stay below this budget so that every request is a plain GET.
inline constexpr int kMaxQueryLength = 3900;
// How many monthly versions back a source that follows LinkedIn tries after a 426.
inline constexpr int kVersionProbeMonths = 12;
// Days re-read at each incremental run: LinkedIn revises recent days for longer than 3 days.
inline constexpr int kLookbackDays = 7;

} // namespace pagesight::linkedin
