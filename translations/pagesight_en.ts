<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/Cli.cpp" line="+18"/>
        <source>Usage:
  pagesight                                   start the desktop app
  pagesight sync --org ID --start YYYY-MM-DD --catalog FILE [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version YYYYMM]
                 [--oauth-base URL] [--lookback-days N] [--json]
  pagesight sync --source NAME [--catalog FILE] [--json]     a source set up in the app
  pagesight report NAME --catalog FILE [--format csv|json|table] [--org ID] [--table-prefix P]
  pagesight query --catalog FILE &quot;SELECT ...&quot; [--format csv|json|table]
  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC]

Streams: follower_statistics, page_statistics, share_statistics, organization_posts, post_statistics
Reports: post-engagement, follower-growth, visitor-demographics (and -function, -industry, -country,
         -region, -company-size)

The access token comes from LINKEDIN_ACCESS_TOKEN or, for --source, the keychain; never from an
argument. Progress goes to stderr. Exit codes: 0 done, 1 partial, 2 bad input, 3 authorization,
4 API or network failure after retries.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSync.cpp" line="+179"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No source named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../core/common/ErrorText.cpp" line="+19"/>
        <source>LinkedIn said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not reach LinkedIn (%1): the connection failed or was dropped. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn did not answer in time (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn sent a response that could not be read (%1): it was cut off or is not valid JSON. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn rejected the request to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn did not accept the access token: it has expired, was revoked or is wrong. Re-authorize the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn refused access to %1. The token needs the scopes rw_organization_admin and r_organization_social, and the member must be an administrator of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn found nothing at %1. Check the organization ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn no longer serves API version %1. Choose a newer LinkedIn-Version (YYYYMM) in the source&apos;s Advanced settings, or with --api-version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn kept asking to slow down (HTTP 429) for %1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The daily LinkedIn API quota is used up. What was fetched is saved; the sync will resume after 00:00 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn had a server error (HTTP %1) for %2 and kept failing after several retries. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the catalog %1: the folder does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a Pagesight catalog (it is damaged or not an SQLite database). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog %1 is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a valid table name: use letters, digits and underscores, starting with a letter or underscore, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The table %1 exists but has different columns. Choose another table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only statements that read (SELECT, WITH) can run on this catalog; this one would change it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an organization ID. Enter the number from the page&apos;s admin URL (linkedin.com/company/12345678/admin/), or a URN such as urn:li:organization:12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date. Use the form YYYY-MM-DD, for example 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start date %1 is in the future. Choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is reserved (names starting with _pagesight or sqlite_, and SQL keywords). Choose another table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two streams would write to the table &quot;%1&quot;. Give each stream its own table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid table prefix: use letters, digits and underscores only, starting with a letter or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a stream. The streams are follower_statistics, page_statistics, share_statistics, organization_posts and post_statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a report. The reports are post-engagement, follower-growth and visitor-demographics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown argument &quot;%1&quot;. See --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a LinkedIn API version: use YYYYMM, for example 202601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the catalog at %1: the folder does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No access token. Set LINKEDIN_ACCESS_TOKEN in the environment, or set the source up in the app so the token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description is longer than 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+201"/>
        <source>The report %1 cannot run on this catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SampleData</name>
    <message>
        <location filename="../ui/SampleData.cpp" line="+62"/>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SyncEngine</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="+236"/>
        <source>Synced %n row(s).</source>
        <translation>
            <numerusform>Synced %n row.</numerusform>
            <numerusform>Synced %n rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
