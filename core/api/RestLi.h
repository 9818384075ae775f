#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pagesight::restli {

// Rest.li 2.0 query encoding (docs/LINKEDIN-API.md §0): leaf values are percent-encoded, including
// the Rest.li structure characters , ( ) ' : so that a URN becomes urn%3Ali%3Aorganization%3A1;
// the structure itself — List(…), (k:v,…) — is written as is. The result is passed to QUrl
// already encoded so Qt does not touch it.

QString encode(const QString &value);                         // one leaf value; "" -> ''
QString list(const QStringList &encodedItems);                // List(a,b,c)
QString object(const QList<QPair<QString, QString>> &fields); // (k:v,k2:v2), values already encoded
QString query(const QList<QPair<QString, QString>> &params);  // a=b&c=d, values already encoded

// The reverse, for the sandbox and tests: decodes one leaf value.
QString decode(const QString &encoded);

} // namespace pagesight::restli
