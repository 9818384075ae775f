<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppCatalog</name>
    <message>
        <location filename="../ui/AppCatalog.cpp" line="+57"/>
        <source>Pagesight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight could not open its catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can choose another catalog file (a new one is created if it does not exist), or start without a catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Without Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a Catalog File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogs (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBrowserPage</name>
    <message>
        <location filename="../ui/catalog/TablePageModel.cpp" line="+209"/>
        <source>The rows of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliSync.cpp" line="+154"/>
        <source>%1: %2 (%3/%4 requests, %5 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Waiting for the sync started at %1 by process %2 to finish (Ctrl+C to stop waiting)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2: %3, %4 rows, %5 requests%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 rows older than the retention period removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+15"/>
        <source>No source named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 sources are named &quot;%2&quot;; name one by its id:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This source&apos;s API base is %1: the access token is sent to %2, not to LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliOutput.cpp" line="+123"/>
        <location line="+79"/>
        <source>(1 row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>(%1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliQuery.cpp" line="+61"/>
        <source>the report name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>one SQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The query stopped before its last row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rows could not all be written to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliLabels.cpp" line="+85"/>
        <source>%1: %Ln name(s) from LinkedIn</source>
        <extracomment>%1 label kind (seniority, function, industry, geo), %2 how many names were stored</extracomment>
        <translation>
            <numerusform>%1: %Ln name from LinkedIn</numerusform>
            <numerusform>%1: %Ln names from LinkedIn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="+19"/>
        <source>This build of Pagesight cannot render dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  pagesight sync --org ID --start YYYY-MM-DD --catalog FILE [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version YYYYMM]
                 [--oauth-base URL] [--lookback-days N] [--no-wait] [--json]
  pagesight sync --source NAME [--catalog FILE] [--no-wait] [--json]   a source set up in the app
      --api-version pins the version; without it a sync follows LinkedIn&apos;s current version when
      LinkedIn retires one (HTTP 426). --no-wait: exit 2 at once if another sync of the catalog runs.
      Streams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  pagesight report NAME --catalog FILE [--format csv|json|table] [--org ID] [--table-prefix P]
                   [--include-dark] [--raw-csv]
      Reports: post-engagement, follower-growth, visitor-demographics (and -function, -industry,
      -country, -region, -company-size). --include-dark: dark (sponsored) posts too. Without --org,
      a catalog of several organizations gets each one&apos;s report, an organization column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  pagesight query --catalog FILE &quot;SELECT ...&quot; [--format csv|json|table] [--raw-csv]
      One reading statement; rows are written as they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  pagesight labels --catalog FILE [--kind K] [--format csv|json|table] [--refresh]
                   [--api-base URL] [--api-version YYYYMM] [--table-prefix P]
      Names of the facet URNs; --refresh fetches them from LinkedIn. Kinds: seniority, function,
      industry, geo, staff_count_range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  pagesight purge --catalog FILE --org ID [--table-prefix P] [--format csv|json|table]
  pagesight purge --catalog FILE --older-than DAYS [--org ID] [--table-prefix P] [--format ...]
  pagesight purge --catalog FILE --retention [--org ID] [--format ...]
      Removes every row of one organization from the stream tables of a table set, and its
      bookmarks; or the rows about days more than DAYS ago (the bookmarks stay); or the rows older
      than the catalog&apos;s retention setting. One transaction; prints the rows removed per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  pagesight retention --catalog FILE [--days N|off [--table T | --table-prefix P]]
                      [--format csv|json|table]
      Shows the catalog&apos;s retention setting (days per stream table; off by default), or sets it
      for a table or a table set. Rows older than it are removed after each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  pagesight render DASHBOARD --catalog FILE --out FILE.png|.pdf|.csv [--org ID]
                   [--from YYYY-MM-DD --to YYYY-MM-DD] [--lang pt_BR] [--time-zone ZONE]
                   [--table-prefix P] [--include-dark]
      Draws a dashboard as the app shows it: a PNG, a one-page PDF with the organization, the
      period and the data&apos;s date, or its tables as CSV. Dashboards: follower-growth,
      post-engagement, visitor-demographics, insights. Without --from and --to, the last 30 days.
      Needs no display: without one it draws offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC]
      A simulated LinkedIn API on the loopback; --help lists all its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>
CSV output neutralises cells that start with =, +, -, @, a tab or CR (a quote is put first), so a
spreadsheet never runs them as formulas; --raw-csv writes them as they are, for pipelines.
The access token comes from LINKEDIN_ACCESS_TOKEN or, for --source, the keychain; never from an
argument. Progress goes to stderr. Exit codes: 0 done, 1 partial, 2 bad input (or another sync runs,
with --no-wait), 3 authorization, 4 API or network failure after retries, 5 catalog or disk failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>  pagesight                     start the desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPurge.cpp" line="+46"/>
        <source>Removed %1 rows of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 rows older than the catalog&apos;s retention setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 rows older than %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the rows of %1 were looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 has no retention setting, so nothing was removed. Set one with pagesight retention or in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliChange.cpp" line="+28"/>
        <source>A sync of %1 is running (process %2). Try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRetention.cpp" line="+103"/>
        <source>Retention is off: every row is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows older than these periods are removed after each sync, and by pagesight purge --retention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+124"/>
        <source>The catalog holds no data of organization %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source of the catalog writes the tables with prefix %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/analytics/CsvExport.cpp" line="+69"/>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../ui/dashboard/DashboardExport.cpp" line="+45"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data as of: never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight, from LinkedIn&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+178"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardDemographics.cpp" line="+100"/>
        <source>not provided by LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn&apos;s page statistics report page views, not unique visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)
Views: %3 (%4 %)
Followers: %5 (%6 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardFollowerGrowth.cpp" line="+92"/>
        <source>%1
Organic: %2
Paid: %3
Total: %4
Cumulative: %5
7-day average: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardModel.cpp" line="+80"/>
        <source>The dashboard cannot read this catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardPosts.cpp" line="+22"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carousel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1
%2 impressions, %3 % engagement rate, %4 engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn&apos;s engagement rate of the post: (clicks + likes + comments + shares) ÷ impressions × 100. It counts clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes + comments + shares (the report&apos;s total_engagements). Clicks are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+107"/>
        <source>Published (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Unique impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Engagement rate (LinkedIn, incl. clicks) %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Reactions, comments and reposts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%1: %Ln post(s), %2 impressions, %3 reactions, comments and reposts (%4 % of the impressions); the posts&apos; mean LinkedIn rate %5 %</source>
        <translation>
            <numerusform>%1: %Ln post, %2 impressions, %3 reactions, comments and reposts (%4 % of the impressions); the posts&apos; mean LinkedIn rate %5 %</numerusform>
            <numerusform>%1: %Ln posts, %2 impressions, %3 reactions, comments and reposts (%4 % of the impressions); the posts&apos; mean LinkedIn rate %5 %</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Σ reactions, comments and reposts ÷ Σ impressions × 100, over the type&apos;s posts: what this row&apos;s sums give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mean of the posts&apos; own LinkedIn engagement rates, each post weighing the same. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engagement rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean LinkedIn rate per post %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="+141"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="-29"/>
        <source>%1 (%4): %n post(s), mean %2 impressions, %3 % engagement</source>
        <translation>
            <numerusform>%1 (%4): %n post, mean %2 impressions, %3 % engagement</numerusform>
            <numerusform>%1 (%4): %n posts, mean %2 impressions, %3 % engagement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean engagement rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why LinkedIn&apos;s Page Analytics may show other numbers: LinkedIn counts the activity within a period (likes, comments and impressions that happened in those days, on any post), while this catalog&apos;s post statistics are each post&apos;s lifetime totals, counted once, by the post&apos;s publication date. Daily statistics can be negative: an unlike or an unfollow takes a day&apos;s count below zero. LinkedIn&apos;s data is also 24 to 48 hours behind, daily statistics reach back 12 months at most, and demographics are the current state, not the state of the chosen period. Weekdays and hours are in the time zone chosen in Tools → Preferences; the period is in UTC days, as LinkedIn&apos;s daily statistics are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/InsightsDemographicHistory.cpp" line="+77"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2: %3 % (%4 of %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="-8"/>
        <source>Mean impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/PeriodComparison.cpp" line="+47"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="-39"/>
        <source>Double-click to open the post on LinkedIn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../core/app/DashboardChoices.cpp" line="+36"/>
        <source>Standard tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables with prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../core/common/ErrorText.cpp" line="+23"/>
        <location line="+6"/>
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
        <source>LinkedIn kept sending pages of %1 that brought nothing new, or more pages than the listing can have, so the listing was stopped. What was fetched is kept; the next run resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+12"/>
        <source>LinkedIn found nothing at %1. Check the organization ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>LinkedIn no longer serves API version %1, and accepted none of the %n newer monthly version(s) Pagesight tried. Check LinkedIn&apos;s versioning page and set a version in the source&apos;s Advanced settings, or with --api-version.</source>
        <translation>
            <numerusform>LinkedIn no longer serves API version %1, and did not accept the %n newer monthly version Pagesight tried. Check LinkedIn&apos;s versioning page and set a version in the source&apos;s Advanced settings, or with --api-version.</numerusform>
            <numerusform>LinkedIn no longer serves API version %1, and accepted none of the %n newer monthly versions Pagesight tried. Check LinkedIn&apos;s versioning page and set a version in the source&apos;s Advanced settings, or with --api-version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The answer for %1 was a redirect (HTTP %2) to %3. LinkedIn&apos;s API never redirects, so the API base is probably wrong or a proxy is in the way; the redirect was not followed and the access token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer for %1 was larger than any answer LinkedIn sends, so it was not read. Check the API base address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync took longer than its time limit and was stopped. What was fetched is kept; the next run resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no %1 at this API base. Check the API base address: LinkedIn&apos;s is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LinkedIn no longer serves API version %1, which this source is pinned to. Tick &quot;Follow LinkedIn&apos;s current version&quot; in the source&apos;s Advanced settings (or leave --api-version out), or choose a newer LinkedIn-Version (YYYYMM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn is limiting requests (HTTP 429 for %1); the sync will resume from here at the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+12"/>
        <source>Cannot open the catalog %1 on its PostgreSQL server: %2 Check the address, that the server runs, and the password (PGPASSWORD, ~/.pgpass or the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the catalog %1: the folder does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no catalog at %1. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+52"/>
        <source>&quot;%1&quot; is not a valid table name: use letters, digits and underscores, starting with a letter or underscore, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The table %1 exists but has different columns. Choose another table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another sync of %1 is running (started at %2 by process %3). Wait for it to finish, or leave --no-wait out to wait for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema of %1 holds another application&apos;s tables, not a Pagesight catalog. It was left unchanged; choose another schema (…&amp;schema=name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a Pagesight catalog: it is another application&apos;s database. It was left unchanged; choose another file name for the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog %1 was written by a newer Pagesight (catalog version %2; this one knows up to version %3). It was left unchanged; update Pagesight to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&quot;%1&quot; is not a stream: pagesight sync --help lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>The option %1 is given twice. Give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a LinkedIn API version: use YYYYMM, for example 202601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn-Version %1 is in the future: LinkedIn has not released it yet. Use this month&apos;s version or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a URL: write it like https://api.linkedin.com/rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL, but not an http or https one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; would send the access token unencrypted: plain http is allowed only to this computer (127.0.0.1, ::1, localhost). Use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the catalog at %1: the folder does not exist or is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the catalog %1: its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the catalog %1: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token contains invalid characters (spaces or control characters inside it). Copy it again from LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No access token. Set LINKEDIN_ACCESS_TOKEN in the environment, or set the source up in the app so the token is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No access token for this source was found in the keychain. Re-authorize the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample data server could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is longer than 140 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a retention period: give a whole number of days from 1 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The options %1 cannot be used together; give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a dashboard. Dashboards: follower-growth, post-engagement, visitor-demographics, insights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; does not end in .png, .pdf or .csv: name the file the format you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no translation for &quot;%1&quot;. Languages: en, pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/Berlin, or UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not one of the pages this sign-in administers, so its ID cannot be found from its public address. Use the page&apos;s admin address (linkedin.com/company/12345678/admin/) or its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a catalog on a PostgreSQL server: write it like postgresql://user@host:5432/database, optionally with ?sslmode=require&amp;schema=name (a schema in lower-case letters, digits and underscores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog address %1 holds a password, which would then show in lists of running programs and in logs. Leave it out: Pagesight takes it from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a period: give --from and --to as YYYY-MM-DD, the start on or before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a stream table: no source writes it and its name ends with no stream&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LinkedIn did not accept the Client ID and Client Secret. Copy the Primary Client Secret again from the Auth tab of your app in the LinkedIn Developer Portal. Leave it empty only if LinkedIn enabled PKCE for your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn would not finish the sign-in because the redirect URL does not match. On the Auth tab of your LinkedIn app, add exactly %1 as an authorized redirect URL, then sign in again. LinkedIn gives the same answer when PKCE is ticked but not enabled for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn did not grant the permissions Pagesight asked for. Add the Community Management API product to your LinkedIn app (Products tab) and ask only for the scopes it grants, such as rw_organization_admin and r_organization_social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in was cancelled in the browser. Sign in again and choose Allow to let Pagesight read the page&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer reached Pagesight that did not belong to the sign-in it started (the state did not match), so it was rejected and no token was requested. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pagesight cannot receive LinkedIn&apos;s answer: port %1 on this computer is in use by another program. Close that program, or choose another port under Advanced and register the new redirect URL (http://127.0.0.1:&lt;port&gt;/) in your LinkedIn app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>within a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came back from LinkedIn %1. If LinkedIn showed an error page, check the Client ID and that %2 is registered as a redirect URL in your LinkedIn app, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach LinkedIn to finish signing in: the connection failed or was dropped. Check the network and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn&apos;s answer to the sign-in could not be read (HTTP %1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n value(s) LinkedIn sent could not be stored as numbers and were left empty: %1.</source>
        <translation>
            <numerusform>%n value LinkedIn sent could not be stored as a number and was left empty: %1.</numerusform>
            <numerusform>%n values LinkedIn sent could not be stored as numbers and were left empty: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n post(s) came with dates that could not be read; they were stored with empty dates.</source>
        <translation>
            <numerusform>%n post came with dates that could not be read; it was stored with empty dates.</numerusform>
            <numerusform>%n posts came with dates that could not be read; they were stored with empty dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer(s) held text that was not valid UTF-8; the invalid bytes were replaced with U+FFFD and the rest kept.</source>
        <translation>
            <numerusform>%n answer held text that was not valid UTF-8; the invalid bytes were replaced with U+FFFD and the rest kept.</numerusform>
            <numerusform>%n answers held text that was not valid UTF-8; the invalid bytes were replaced with U+FFFD and the rest kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) by another author were left out.</source>
        <translation>
            <numerusform>%n post by another author was left out.</numerusform>
            <numerusform>%n posts by another author were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n statistics row(s) for posts that were not asked for were left out.</source>
        <translation>
            <numerusform>%n statistics row for a post that was not asked for was left out.</numerusform>
            <numerusform>%n statistics rows for posts that were not asked for were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n daily row(s) outside the days asked for, or with impossible dates, were left out.</source>
        <translation>
            <numerusform>%n daily row outside the days asked for, or with impossible dates, was left out.</numerusform>
            <numerusform>%n daily rows outside the days asked for, or with impossible dates, were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/StartingPoints.cpp" line="+54"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source “%1”, tables %2, %3, %4, %5 and %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../core/app/LabelRefreshController.cpp" line="+19"/>
        <source>seniorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <extracomment>%1 what the names are of (seniorities, industries, …), %2 how many were stored</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels updated from LinkedIn — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not fetch the %1: %2</source>
        <extracomment>%1 what could not be fetched (seniorities, industries, …), %2 why, as a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No labels were updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+29"/>
        <source>Post engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follower growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Visitor demographics by seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The report %1 cannot run on this catalog: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/QueryRunner.cpp" line="+89"/>
        <location line="+8"/>
        <location line="+35"/>
        <location filename="../core/analytics/Reports.cpp" line="+49"/>
        <source>The query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/ReadOnlySql.cpp" line="+186"/>
        <source>This is not an SQL statement: no statement starts with &quot;%1&quot;. A query starts with SELECT, WITH, VALUES or EXPLAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run one statement at a time: this text holds several statements separated by &apos;;&apos;. Remove all but one and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMessage</name>
    <message numerus="yes">
        <location filename="../core/common/RunMessage.cpp" line="+152"/>
        <source>Synced %n row(s).</source>
        <translation>
            <numerusform>Synced %Ln row.</numerusform>
            <numerusform>Synced %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of what LinkedIn sent could not be kept as sent: the streams say what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed %n staging table(s) an interrupted sync had left behind.</source>
        <translation>
            <numerusform>Removed %n staging table an interrupted sync had left behind.</numerusform>
            <numerusform>Removed %n staging tables an interrupted sync had left behind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn no longer serves API version %1; this run used %2, and the source uses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <location filename="../core/app/SourceText.cpp" line="+43"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows older than the retention period could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) older than the retention period removed.</source>
        <translation>
            <numerusform>%n row older than the retention period removed.</numerusform>
            <numerusform>%n rows older than the retention period removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>full sync every %n day(s)</source>
        <translation>
            <numerusform>full sync every %n day</numerusform>
            <numerusform>full sync every %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Streams</name>
    <message>
        <location filename="../core/streams/Streams.cpp" line="+55"/>
        <source>Follower Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily follower gains; followers by demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily new followers (organic and paid), total followers, and followers by country, region, function, industry, seniority and company size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <location line="+53"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Page Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily page views and clicks; visitors by demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily page views by section and device, button clicks, and visitors by country, region, function, industry, seniority and company size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Share Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily impressions and engagement of all posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily impressions, clicks, reactions, comments, shares and engagement of all the page&apos;s posts together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organization Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every post: text, content, visibility, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every post of the page: its text, content type, media, article or poll, visibility and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Post Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime impressions and engagement per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime impressions, clicks, reactions, comments, shares and engagement of each post. Needs Organization Posts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../ui/wizard/StreamTexts.cpp" line="+42"/>
        <source>FULL_TABLE: every run fetches everything and replaces the table when the stream ends, in one step. Rows deleted on LinkedIn disappear; a failed run leaves the previous table. Slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INCREMENTAL: every run fetches only what is new since the last one (plus a few days back, since LinkedIn revises recent days) and updates rows in place. Fast; deleted posts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual only: syncs when you press Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also a full sync every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a full sync every %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in with LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample data (the built-in simulated LinkedIn API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::AuthorizationPage</name>
    <message>
        <location filename="../ui/wizard/AuthorizationPage.cpp" line="+41"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how Pagesight reaches your company&apos;s LinkedIn Page. The credential is checked with LinkedIn at once, and kept only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This source&apos;s saved credential is kept. Sign in again or paste a new token only to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn no longer accepts this source&apos;s credential. Sign in again, or paste a new access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="+66"/>
        <location line="+86"/>
        <source>Sign in with LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="+39"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>LinkedIn&apos;s sign-in page is open in your browser. Sign in there and choose Allow; Pagesight waits for the answer at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No browser could be opened. The sign-in address is on the clipboard: paste it into your browser, sign in and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The sample data could not start: no port on this computer&apos;s loopback address could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the credential with LinkedIn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>LinkedIn accepted the credential, but lists no organization page that this member administers. You can still enter the organization ID on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn accepted the credential. Organization pages this member administers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sample data: the token does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this token expires is not known: LinkedIn&apos;s access tokens last 60 days from when they were created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access token expires on %1, within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token expires on %1, in %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn issued a refresh token, but it renews tokens only for a request with the client secret, and this PKCE sign-in has none: it will not be renewed. Re-authorize the source on the Sources page before %1; after that its syncs stop and ask you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pagesight renews it with the refresh token LinkedIn issued, which is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn issued no refresh token: sign in again before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="-126"/>
        <source>&amp;Sign in with LinkedIn, through your own LinkedIn app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try with sample data, without a LinkedIn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Once, in the &lt;a href=&quot;https://www.linkedin.com/developers/apps&quot;&gt;LinkedIn Developer Portal&lt;/a&gt;:&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;&lt;b&gt;Create app&lt;/b&gt;, linked to your company&apos;s page.&lt;/li&gt;&lt;li&gt;On the &lt;b&gt;Products&lt;/b&gt; tab, request the &lt;b&gt;Community Management API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;On the &lt;b&gt;Auth&lt;/b&gt; tab, add the redirect URL below under &lt;i&gt;Authorized redirect URLs&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Primary Client Secret&lt;/b&gt; from the &lt;b&gt;Auth&lt;/b&gt; tab into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to create the LinkedIn app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redirect URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space-separated. The statistics need rw_organization_admin, the posts r_organization_social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My LinkedIn app has PKCE enabled (the Client Secret is then optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My LinkedIn app has PKCE enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client S&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;opes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Create one with LinkedIn&apos;s &lt;a href=&quot;https://www.linkedin.com/developers/tools/oauth/token-generator&quot;&gt;token generator&lt;/a&gt; (Developer Portal → Docs and tools → OAuth Token Tools) for your app, with the scopes rw_organization_admin and r_organization_social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to get an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Show the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Verify the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A simulated LinkedIn API runs on this computer with a generated company page, &quot;%1&quot;, so every screen can be tried without a LinkedIn account. Nothing is sent to LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+53"/>
        <source>Show the advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Advanced: API addresses, version and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn&apos;s own addresses by default. Change them for the sandbox, a proxy or a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn-Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYYMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow LinkedIn&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow LinkedIn&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn retires each monthly version about a year after it ships. When LinkedIn no longer accepts this version, the sync moves to the newest one it accepts and says so. Untick to pin the version: a retired version then stops the sync with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loopback port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of the redirect URL http://127.0.0.1:&lt;port&gt;/ registered in your LinkedIn app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAut&amp;h base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn-&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loopback &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Use LinkedIn&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide the advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::CatalogBrowserPage</name>
    <message>
        <location filename="../ui/catalog/CatalogBrowserPage.cpp" line="+67"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The catalog has no tables yet.

Add a source on the Sources page (or try the sample data) and sync it: its tables, their columns and rows, and how they join appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog has no tables yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Selected table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows and columns of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+4"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show rows containing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click a column to sort by it; click again to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>No rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln row(s) of %1 contain(s) “%2”</source>
        <translation>
            <numerusform>%Ln row of %1 contains “%2”</numerusform>
            <numerusform>%Ln rows of %1 contain “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pagesight::ChartCanvas</name>
    <message>
        <location filename="../ui/dashboard/ChartCanvas.cpp" line="+305"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::ColumnListModel</name>
    <message>
        <location filename="../ui/catalog/TableListModel.cpp" line="+136"/>
        <source>PK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::ConfigureStreamsPage</name>
    <message>
        <location filename="../ui/wizard/ConfigureStreamsPage.cpp" line="+29"/>
        <source>Configure streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table each stream writes to, and how it is kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the start of every table name, e.g. acme_ gives acme_follower_statistics. Changing it changes every name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the start of every table name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Table name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync type for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table name problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INCREMENTAL fetches only what is new since the last run. FULL_TABLE fetches everything and replaces the table, so posts deleted on LinkedIn disappear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shared tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Enter a table name for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog table %1 writes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” already syncs this organization into %2: this source will continue from that source&apos;s data instead of starting at its start date. To keep them apart, give this source a table prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the prefix %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::DashboardTab</name>
    <message>
        <location filename="../ui/dashboard/DashboardTab.cpp" line="+67"/>
        <source>No %1 in the catalog yet. Sync the source on the Sources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 between %2 and %3. Choose a longer period, or sync the source on the Sources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes are against the previous period of the same length (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison: the catalog does not hold the whole previous period (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::DashboardsPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardsPage.cpp" line="+36"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include &amp;dark posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include dark posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (direct sponsored content) posts are made for ads and never appear on the page. They are left out of every dashboard unless this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The catalog is not open, so there is nothing to show. See the Sources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: %1 is after %2. Choose a start on or before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No source yet. Add one on the Sources page (or try the sample data), sync it, and the dashboards fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” does not sync the stream %2. Select it in the source&apos;s settings on the Sources page, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has not been synced yet (no table %2). Sync it on the Sources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file name ending in .png, .pdf or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This dashboard has no table to export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document, one page (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables as CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables as CSV for Excel, with a UTF-8 byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::DataModelDiagram</name>
    <message>
        <location filename="../ui/catalog/DataModelDiagram.cpp" line="+37"/>
        <source>Data model diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 = %2
(one row of statistics per post)</source>
        <extracomment>%1 = %2 is the join, e.g. post_urn = id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>urn:li:organization:…
organization_urn / author</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::DeleteSourceDialog</name>
    <message>
        <location filename="../ui/sources/DeleteSourceDialog.cpp" line="+16"/>
        <source>Delete Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Delete “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its settings, its bookmarks and its tokens in the keychain are removed. The run history stays.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this organization&apos;s &amp;data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample data is always deleted with its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rows of %1 in its tables. Other organizations&apos; rows stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also drop the tables only it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept whatever you choose, because another source or organization uses them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::DemographicsTab</name>
    <message>
        <location filename="../ui/dashboard/DemographicsTab.cpp" line="+34"/>
        <source>Break down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Break down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page views and followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visitor and follower demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No demographics yet: they come with the page and follower statistics&apos; lifetime snapshot. Sync the source on the Sources page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current state on %1 (demographics ignore the period): %2 page views, %3 followers with a known %4. LinkedIn leaves out members whose %4 it does not know, so these are below the page&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The names are LinkedIn&apos;s own, which it publishes in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page views and followers by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DemographicsTab.h" line="+19"/>
        <source>Visitor demographics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/ExplorerPage.cpp" line="+78"/>
        <location line="+7"/>
        <source>Starting points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a report to open its SQL in the editor and run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The catalog has no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no data yet. Add a source on the Sources page (or try the sample data) and sync it; then query its tables here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELECT * FROM organization_posts LIMIT 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Query error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Query result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write a query first, or pick a starting point on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Running… %Ln row(s) so far</source>
        <translation>
            <numerusform>Running… %Ln row so far</numerusform>
            <numerusform>Running… %Ln rows so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Stopped after %Ln row(s)</source>
        <translation>
            <numerusform>Stopped after %Ln row</numerusform>
            <numerusform>Stopped after %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln row in %1 ms</numerusform>
            <numerusform>%Ln rows in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, with a UTF-8 byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the result as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pagesight::FollowerGrowthTab</name>
    <message>
        <location filename="../ui/dashboard/FollowerGrowthTab.cpp" line="+24"/>
        <source>Daily follower gains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Followers gained per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws the previous period&apos;s cumulative growth over this one, day by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follower growth by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>daily follower statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gained in the period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cumulative, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Followers: %1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FollowerGrowthTab.h" line="+21"/>
        <source>Follower growth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::InsightsTab</name>
    <message>
        <location filename="../ui/dashboard/InsightsTab.cpp" line="+52"/>
        <source>Mean engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Why LinkedIn&apos;s Page Analytics may show other numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+86"/>
        <source>By weekday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>By hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Engagement by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Demographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share by snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Best weekday: %1 · best hour: %2 (%4), by mean engagement rate of the posts published then (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Demographic snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a slot with fewer than %1 posts is greyed and never called best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts in the period to say when to post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too few posts in the period to say when to post (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none has enough posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>posts or demographic snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/InsightsTab.h" line="+21"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::LabelRefreshController</name>
    <message>
        <location filename="../core/app/LabelRefreshController.cpp" line="+29"/>
        <source>The source no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+42"/>
        <source>Pagesight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Refreshing the labels from LinkedIn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another catalog file, or a team&apos;s catalog on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the dashboard on screen as a PNG image or a one-page PDF, or its tables as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the names of seniorities, job functions, industries and places from LinkedIn, with the selected source&apos;s sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set how long each table keeps LinkedIn&apos;s data; older rows are removed after each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The retention setting is saved; it applies from the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the time zone of the Insights&apos; weekdays and hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pagesight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No catalog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Pagesight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pagesight %1&lt;/h3&gt;&lt;p&gt;Your LinkedIn Organization Page&apos;s organic data — followers, page views, posts and their statistics — in a local SQLite catalog, with dashboards.&lt;/p&gt;&lt;p&gt;Tokens are kept in the system keychain, never in the catalog.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A sync is running. Opening another catalog cancels it; it can be synced again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain did not keep the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling the running syncs before closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::OAuthFlow</name>
    <message>
        <location filename="../core/auth/OAuthFlow.cpp" line="+151"/>
        <source>Pagesight received LinkedIn&apos;s answer. You can close this tab and go back to Pagesight.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/OpenCatalogDialog.cpp" line="+31"/>
        <source>Open Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Catalog file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite file only this computer uses. A new catalog is made if the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A catalog a team shares: a scheduled &lt;tt&gt;pagesight sync&lt;/tt&gt; writes it, and every analyst&apos;s app reads the same dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lower-case letters, digits and underscores. Made on the server if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefer encryption (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require, and check the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require, and check the server&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The command line reaches the same catalog with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the host, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a Catalog File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogs (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::OrganizationPage</name>
    <message>
        <location filename="../ui/wizard/OrganizationPage.cpp" line="+25"/>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization and start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which LinkedIn Page to sync, and from which day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12345678, urn:li:organization:12345678 or the page&apos;s admin URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s numeric ID, its URN, or the address of its admin page. The list offers the pages you administer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>How do I find the ID?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to find the organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;&lt;b&gt;Admin URL&lt;/b&gt;: open your page as an administrator. The address reads linkedin.com/company/&lt;b&gt;12345678&lt;/b&gt;/admin/&amp;hellip; &amp;mdash; paste the whole address here.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page source&lt;/b&gt;: on the public page, view the page source and search for &lt;i&gt;urn:li:organization:&lt;/i&gt; &amp;mdash; the number after it is the ID.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Campaign Manager&lt;/b&gt;: the ad account&apos;s settings show the LinkedIn Page it is associated with, and its ID.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earliest day to sync. Posts published before it are not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>LinkedIn has no organization with the ID %1. Check the number in the page&apos;s admin URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn refused to show organization %1: the signed-in member is not an administrator of this page, or the token lacks the rw_organization_admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn did not accept the access token. Go back to Authorization and sign in again or paste a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not look the organization up. %1 You can go on; the first sync will check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking for “%1” among the pages you administer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up organization %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The organization cannot be looked up before the access token is verified. You can go on; the first sync will check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization %1 (LinkedIn gave no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>LinkedIn keeps daily reports (follower, page and share statistics) for 12 months: they will begin on %1. Posts go back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily data ends about 2 days before today: the newest day LinkedIn reports is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::PostEngagementTab</name>
    <message>
        <location filename="../ui/dashboard/PostEngagementTab.cpp" line="+40"/>
        <source>Impressions and engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Engagement rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Double-click a post to open it on LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Engagement rate by content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mean per post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Statistics are each post&apos;s lifetime totals. The chart shows the posts with the most impressions (at most %1); double-click a post to open it on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactions, comments and reposts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>All posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Best and worst posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best and worst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No web browser could be opened. The post is at %1 (select the address to copy it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Engagement by content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>posts published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PostEngagementTab.h" line="+26"/>
        <source>Post engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System time zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC (LinkedIn&apos;s timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Insights dashboard counts each post&apos;s weekday and hour in this time zone. Choose the one where most of your audience lives. Periods stay in UTC days, as LinkedIn&apos;s daily statistics are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::RetentionDialog</name>
    <message>
        <location filename="../ui/settings/RetentionDialog.cpp" line="+24"/>
        <source>Data Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;LinkedIn&apos;s API terms limit how long its data may be kept. By a summary of its data storage requirements, page reporting data may be kept a year and organization social activity six months; check LinkedIn&apos;s current terms. &lt;b&gt;Keeping within them is your responsibility.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Set how many days each table keeps. Rows about older days are removed after each sync; the period counts from today. Post statistics, which have no day of their own, go when they were last fetched that long ago.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retention per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older rows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No source writes any table yet. Add a source first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days %1 keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove older rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) are older than these periods. They will be removed after the next sync and cannot be restored, except by a full sync while LinkedIn still has them.</source>
        <translation>
            <numerusform>%n row is older than these periods. It will be removed after the next sync and cannot be restored, except by a full sync while LinkedIn still has it.</numerusform>
            <numerusform>%n rows are older than these periods. They will be removed after the next sync and cannot be restored, except by a full sync while LinkedIn still has them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and Remove Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/ReviewPage.cpp" line="+24"/>
        <source>The sample token does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s expiry is unknown (tokens from LinkedIn&apos;s generator last 60 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token expires on %1, within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires on %1, in a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires on %1, in %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not renewed (a PKCE sign-in has no client secret): re-authorize the source before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is renewed automatically until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the source before it is saved. Go back to change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sync now when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now when I finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization %1 (name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily reports begin on %1 (LinkedIn keeps 12 months); posts go back to the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, version %2, then LinkedIn&apos;s current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::RunHistoryModel</name>
    <message>
        <location filename="../ui/sources/RunHistoryModel.cpp" line="+79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SampleData</name>
    <message>
        <location filename="../core/app/SampleData.cpp" line="+49"/>
        <source>Sample organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/SetupWizard.cpp" line="+30"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up a LinkedIn source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard this new source?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to this source?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you entered in this wizard is lost; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SourceDetailPane</name>
    <message>
        <location filename="../ui/sources/SourceDetailPane.cpp" line="+89"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-authorize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Streams of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The access token expired on %1. Re-authorize to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The access token expires on %1 (in %n day(s)). Re-authorize before then to keep syncing.</source>
        <translation>
            <numerusform>The access token expires on %1 (in %n day). Re-authorize before then to keep syncing.</numerusform>
            <numerusform>The access token expires on %1 (in %n days). Re-authorize before then to keep syncing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token expired on %1. Sign in with LinkedIn again to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The refresh token expires on %1 (in %n day(s)); after that, sign in with LinkedIn again.</source>
        <translation>
            <numerusform>The refresh token expires on %1 (in %n day); after that, sign in with LinkedIn again.</numerusform>
            <numerusform>The refresh token expires on %1 (in %n days); after that, sign in with LinkedIn again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · data from %2 · streams: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn rejected this source&apos;s access token. Re-authorize it to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+57"/>
        <source>retrying in %1 s (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 requests · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retrying in %1 s (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SourceDetailsPage</name>
    <message>
        <location filename="../ui/wizard/SourceDetailsPage.cpp" line="+33"/>
        <source>Source details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the source in the Sources list, and when it syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this source is, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on a day at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled syncs run while Pagesight is open; a missed one runs at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours between syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run a &amp;full sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run a periodic full sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On top of the incremental runs, re-fetch everything now and then: it picks up late revisions and removes posts deleted on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days between full syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source> hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — LinkedIn page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The description is %1 characters long; at most %2 fit. Shorten it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a description: it names the source in the Sources list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SourceListModel</name>
    <message>
        <location filename="../ui/sources/SourceListModel.cpp" line="+77"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The rows of the source&apos;s organization stored in its tables. What each run wrote is in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SourcesPage</name>
    <message>
        <location filename="../ui/sources/SourcesPage.cpp" line="+103"/>
        <source>Welcome to Pagesight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight copies your LinkedIn Organization Page — followers, page views, share statistics, posts and how each post did — into a catalog on this computer, and turns it into dashboards.

Start by adding a source: your page, the date to start from, and a way to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a LinkedIn source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data comes from a simulated LinkedIn API inside Pagesight: no LinkedIn account or developer app needed. It is added as a source you can delete later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sync all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No catalog is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Another Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1

To go on, open another catalog (a file, or a team&apos;s catalog on a PostgreSQL server), or start Pagesight again once this one is free or repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Last sync: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sample data server could not be started: no port on this computer&apos;s loopback interface could be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Source Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token Not Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The source was saved, but its token could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::StreamsPage</name>
    <message>
        <location filename="../ui/wizard/StreamsPage.cpp" line="+22"/>
        <location line="+9"/>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What to sync. Each stream becomes a table in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type a stream&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select or clear every stream in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post Statistics needs Organization Posts: choosing it chooses both. Hover over a stream to read more about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No stream matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose at least one stream to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::SyncController</name>
    <message>
        <location filename="../core/app/SyncController.cpp" line="+106"/>
        <source>The source no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for the sync started at %1 by process %2 to finish…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pagesight::TableListModel</name>
    <message>
        <location filename="../ui/catalog/TableListModel.cpp" line="-113"/>
        <source>Bookkeeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stream data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept by Pagesight: sources, bookmarks, run history and labels. Not LinkedIn data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream&apos;s status in the last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
