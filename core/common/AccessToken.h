#pragma once

#include <QString>

namespace pagesight {

// An access token as it may go into an Authorization header: printable ASCII without spaces.
// LinkedIn's tokens are letters, digits and "-_.~+/="; a CR or LF would let whoever supplied the
// token add headers of their own (header injection), so such a token is never sent.
inline bool isUsableAccessToken(const QString &token) {
    if (token.isEmpty())
        return false;
    for (const QChar c : token)
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    return true;
}

} // namespace pagesight
