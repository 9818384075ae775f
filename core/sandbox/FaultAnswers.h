#pragma once

#include "FaultSpec.h"
#include "HttpMessage.h"
#include "SandboxServer.h"

namespace pagesight::sandbox {

// What each fault does to an answer, in the order the server applies them:
//
//   request ──rewriteQuery (firstpage)──► route ──► answer ──mangle (truncate, badutf8, future,
//                                                                     oddtimes, bignum, foreign)──►
//   or, for the faults that replace the answer, replacementAnswer (429…, 5xx, 401, 426, invalid,
//   badrange, redirect, noelements, huge); drop, hang and trickle change only how it is delivered.
// LinkedIn's answers to an expired token and to a LinkedIn-Version that is not active.
HttpResponse expiredTokenAnswer();
HttpResponse inactiveVersionAnswer(const QString &version);

bool replacesAnswer(Fault::Kind kind);
HttpResponse replacementAnswer(Fault::Kind kind, const HttpRequest &request, const QUrl &serverBase,
                               const ServerOptions &options);
// The query the route sees (firstpage: start=0 whatever was asked).
QString rewriteQuery(Fault::Kind kind, const QString &rawQuery);
// Changes the real answer in place.
void mangle(Fault::Kind kind, HttpResponse &response);

} // namespace pagesight::sandbox
