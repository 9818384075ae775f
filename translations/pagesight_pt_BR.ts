<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AppCatalog</name>
    <message>
        <location filename="../ui/AppCatalog.cpp" line="+57"/>
        <source>Pagesight</source>
        <translation>Pagesight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight could not open its catalog.</source>
        <translation>O Pagesight não conseguiu abrir o catálogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can choose another catalog file (a new one is created if it does not exist), or start without a catalog.</source>
        <translation>Você pode escolher outro arquivo de catálogo (um novo é criado se ele não existir) ou iniciar sem catálogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Another File…</source>
        <translation>Escolher outro arquivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try Again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Without Catalog</source>
        <translation>Iniciar sem catálogo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a Catalog File</source>
        <translation>Escolher um arquivo de catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalogs (*.sqlite *.db);;All files (*)</source>
        <translation>Catálogos (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>CatalogBrowserPage</name>
    <message>
        <location filename="../ui/catalog/TablePageModel.cpp" line="+209"/>
        <source>The rows of %1 could not be read: %2</source>
        <translation>Não foi possível ler as linhas de %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../core/cli/CliSync.cpp" line="+154"/>
        <source>%1: %2 (%3/%4 requests, %5 rows)</source>
        <translation>%1: %2 (%3/%4 requisições, %5 linhas)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Waiting for the sync started at %1 by process %2 to finish (Ctrl+C to stop waiting)…</source>
        <translation>Aguardando o fim da sincronização iniciada em %1 pelo processo %2 (Ctrl+C para parar de aguardar)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an unknown time</source>
        <translation>um horário desconhecido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 → %2: %3, %4 rows, %5 requests%6</source>
        <translation>%1 → %2: %3, %4 linhas, %5 requisições%6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 rows older than the retention period removed</source>
        <translation>%1: %2 linhas mais antigas que o período de retenção removidas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+15"/>
        <source>No source named &quot;%1&quot; in %2.</source>
        <translation>Nenhuma fonte chamada &quot;%1&quot; em %2.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 sources are named &quot;%2&quot;; name one by its id:%3</source>
        <translation>%1 fontes se chamam &quot;%2&quot;; indique uma pelo id:%3</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This source&apos;s API base is %1: the access token is sent to %2, not to LinkedIn.</source>
        <translation>A base da API desta fonte é %1: o token de acesso é enviado para %2, não para o LinkedIn.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliOutput.cpp" line="+123"/>
        <location line="+79"/>
        <source>(1 row)</source>
        <translation>(1 linha)</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>(%1 rows)</source>
        <translation>(%1 linhas)</translation>
    </message>
    <message>
        <location filename="../core/cli/CliQuery.cpp" line="+61"/>
        <source>the report name</source>
        <translation>o nome do relatório</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>one SQL query</source>
        <translation>uma consulta SQL</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The query stopped before its last row: %1</source>
        <translation>A consulta parou antes da última linha: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rows could not all be written to the output.</source>
        <translation>Nem todas as linhas puderam ser gravadas na saída.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliLabels.cpp" line="+85"/>
        <source>%1: %Ln name(s) from LinkedIn</source>
        <extracomment>%1 label kind (seniority, function, industry, geo), %2 how many names were stored</extracomment>
        <translation>
            <numerusform>%1: %Ln nome do LinkedIn</numerusform>
            <numerusform>%1: %Ln nomes do LinkedIn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="+19"/>
        <source>This build of Pagesight cannot render dashboards.</source>
        <translation>Esta compilação do Pagesight não desenha painéis.</translation>
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
        <translation>  pagesight sync --org ID --start AAAA-MM-DD --catalog ARQUIVO [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version AAAAMM]
                 [--oauth-base URL] [--lookback-days N] [--no-wait] [--json]
  pagesight sync --source NOME [--catalog ARQUIVO] [--no-wait] [--json]   uma fonte configurada no aplicativo
      --api-version fixa a versão; sem ela, a sincronização acompanha a versão atual do LinkedIn
      quando o LinkedIn aposenta uma (HTTP 426). --no-wait: sai com 2 na hora se outra
      sincronização do catálogo estiver em andamento.
      Fluxos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  pagesight report NAME --catalog FILE [--format csv|json|table] [--org ID] [--table-prefix P]
                   [--include-dark] [--raw-csv]
      Reports: post-engagement, follower-growth, visitor-demographics (and -function, -industry,
      -country, -region, -company-size). --include-dark: dark (sponsored) posts too. Without --org,
      a catalog of several organizations gets each one&apos;s report, an organization column first.</source>
        <translation>  pagesight report NOME --catalog ARQUIVO [--format csv|json|table] [--org ID] [--table-prefix P]
                   [--include-dark] [--raw-csv]
      Relatórios: post-engagement, follower-growth, visitor-demographics (e -function, -industry,
      -country, -region, -company-size). --include-dark: inclui as publicações dark (patrocinadas).
      Sem --org, um catálogo de várias organizações recebe o relatório de cada uma, com uma coluna
      organization primeiro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  pagesight query --catalog FILE &quot;SELECT ...&quot; [--format csv|json|table] [--raw-csv]
      One reading statement; rows are written as they are read.</source>
        <translation>  pagesight query --catalog ARQUIVO &quot;SELECT ...&quot; [--format csv|json|table] [--raw-csv]
      Uma instrução de leitura; as linhas são escritas à medida que são lidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  pagesight labels --catalog FILE [--kind K] [--format csv|json|table] [--refresh]
                   [--api-base URL] [--api-version YYYYMM] [--table-prefix P]
      Names of the facet URNs; --refresh fetches them from LinkedIn. Kinds: seniority, function,
      industry, geo, staff_count_range</source>
        <translation>  pagesight labels --catalog ARQUIVO [--kind TIPO] [--format csv|json|table] [--refresh]
                   [--api-base URL] [--api-version AAAAMM] [--table-prefix P]
      Nomes das URNs de facetas; --refresh os busca no LinkedIn. Tipos: seniority, function,
      industry, geo, staff_count_range</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  pagesight purge --catalog FILE --org ID [--table-prefix P] [--format csv|json|table]
  pagesight purge --catalog FILE --older-than DAYS [--org ID] [--table-prefix P] [--format ...]
  pagesight purge --catalog FILE --retention [--org ID] [--format ...]
      Removes every row of one organization from the stream tables of a table set, and its
      bookmarks; or the rows about days more than DAYS ago (the bookmarks stay); or the rows older
      than the catalog&apos;s retention setting. One transaction; prints the rows removed per table.</source>
        <translation>  pagesight purge --catalog ARQUIVO --org ID [--table-prefix P] [--format csv|json|table]
  pagesight purge --catalog ARQUIVO --older-than DIAS [--org ID] [--table-prefix P] [--format ...]
  pagesight purge --catalog ARQUIVO --retention [--org ID] [--format ...]
      Remove todas as linhas de uma organização das tabelas de fluxo de um conjunto de tabelas, e
      seus marcadores; ou as linhas sobre dias de mais de DIAS atrás (os marcadores ficam); ou as
      linhas mais antigas que a retenção do catálogo. Uma transação; mostra as linhas removidas por tabela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  pagesight retention --catalog FILE [--days N|off [--table T | --table-prefix P]]
                      [--format csv|json|table]
      Shows the catalog&apos;s retention setting (days per stream table; off by default), or sets it
      for a table or a table set. Rows older than it are removed after each sync.</source>
        <translation>  pagesight retention --catalog ARQUIVO [--days N|off [--table T | --table-prefix P]]
                      [--format csv|json|table]
      Mostra a retenção do catálogo (dias por tabela de fluxo; desligada por padrão) ou a define
      para uma tabela ou um conjunto de tabelas. Linhas mais antigas são removidas após cada sincronização.</translation>
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
        <translation>  pagesight render PAINEL --catalog ARQUIVO --out ARQUIVO.png|.pdf|.csv [--org ID]
                   [--from AAAA-MM-DD --to AAAA-MM-DD] [--lang pt_BR] [--time-zone FUSO]
                   [--table-prefix P] [--include-dark]
      Desenha um painel como o aplicativo o mostra: um PNG, um PDF de uma página com a organização,
      o período e a data dos dados, ou as suas tabelas em CSV. Painéis: follower-growth,
      post-engagement, visitor-demographics, insights. Sem --from e --to, os últimos 30 dias.
      Não precisa de tela: sem uma, desenha fora da tela.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults SPEC]
      A simulated LinkedIn API on the loopback; --help lists all its options.</source>
        <translation>  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults ESPEC]
      Uma API do LinkedIn simulada no loopback; --help lista todas as opções.</translation>
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
        <translation>
A saída CSV neutraliza células que começam com =, +, -, @, tab ou CR (um apóstrofo é posto antes),
para que uma planilha nunca as execute como fórmulas; --raw-csv as escreve como estão, para pipelines.
O token de acesso vem de LINKEDIN_ACCESS_TOKEN ou, com --source, do chaveiro; nunca de um
argumento. O progresso vai para stderr. Códigos de saída: 0 concluído, 1 parcial, 2 entrada inválida
(ou outra sincronização em andamento, com --no-wait), 3 autorização, 4 falha da API ou da rede
depois de novas tentativas, 5 falha do catálogo ou do disco.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>  pagesight                     start the desktop app</source>
        <translation>  pagesight                     abre o aplicativo de desktop</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPurge.cpp" line="+46"/>
        <source>Removed %1 rows of %2.</source>
        <translation>%1 linhas de %2 removidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 rows older than the catalog&apos;s retention setting.</source>
        <translation>%1 linhas mais antigas que a retenção do catálogo foram removidas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 rows older than %2 days.</source>
        <translation>%1 linhas mais antigas que %2 dias foram removidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the rows of %1 were looked at.</source>
        <translation>Só as linhas de %1 foram consideradas.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 has no retention setting, so nothing was removed. Set one with pagesight retention or in the app.</source>
        <translation>%1 não tem retenção definida, então nada foi removido. Defina uma com pagesight retention ou no aplicativo.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliChange.cpp" line="+28"/>
        <source>A sync of %1 is running (process %2). Try again when it has ended.</source>
        <translation>Uma sincronização de %1 está em andamento (processo %2). Tente de novo quando ela terminar.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRetention.cpp" line="+103"/>
        <source>Retention is off: every row is kept.</source>
        <translation>A retenção está desligada: todas as linhas são mantidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows older than these periods are removed after each sync, and by pagesight purge --retention.</source>
        <translation>Linhas mais antigas que esses períodos são removidas após cada sincronização e por pagesight purge --retention.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="+124"/>
        <source>The catalog holds no data of organization %1.</source>
        <translation>O catálogo não tem dados da organização %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No source of the catalog writes the tables with prefix %1.</source>
        <translation>Nenhuma fonte do catálogo grava as tabelas com o prefixo %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wrote %1</source>
        <translation>Gravado: %1</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <location filename="../core/analytics/CsvExport.cpp" line="+69"/>
        <location line="+8"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../ui/dashboard/DashboardExport.cpp" line="+45"/>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data as of %1 UTC</source>
        <translation>dados de %1 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data as of: never synced</source>
        <translation>dados de: nunca sincronizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight, from LinkedIn&apos;s data</source>
        <translation>Pagesight, com dados do LinkedIn</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the image could not be encoded</source>
        <translation>a imagem não pôde ser codificada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the PDF could not be started</source>
        <translation>o PDF não pôde ser iniciado</translation>
    </message>
</context>
<context>
    <name>Dashboards</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+178"/>
        <source>Seniority</source>
        <translation>Nível de experiência</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job function</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Company size</source>
        <translation>Tamanho da empresa</translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardDemographics.cpp" line="+100"/>
        <source>not provided by LinkedIn</source>
        <translation>não informado pelo LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn&apos;s page statistics report page views, not unique visitors.</source>
        <translation>As estatísticas de página do LinkedIn informam visualizações de página, não visitantes únicos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)
Views: %3 (%4 %)
Followers: %5 (%6 %)</source>
        <translation>%1 (%2)
Visualizações: %3 (%4 %)
Seguidores: %5 (%6 %)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>URN</source>
        <translation>URN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unique views</source>
        <translation>Visualizações únicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of views</source>
        <translation>% das visualizações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of followers</source>
        <translation>% dos seguidores</translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardFollowerGrowth.cpp" line="+92"/>
        <source>%1
Organic: %2
Paid: %3
Total: %4
Cumulative: %5
7-day average: %6</source>
        <translation>%1
Orgânicos: %2
Pagos: %3
Total: %4
Acumulado: %5
Média de 7 dias: %6</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic</source>
        <translation>Orgânicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7-day average</source>
        <translation>Média de 7 dias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organic %</source>
        <translation>% orgânicos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative, previous period</source>
        <translation>Acumulado, período anterior</translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardModel.cpp" line="+80"/>
        <source>The dashboard cannot read this catalog: %1</source>
        <translation>O painel não consegue ler este catálogo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Não foi possível carregar o painel: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardPosts.cpp" line="+22"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image or video</source>
        <translation>Imagem ou vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-image</source>
        <translation>Várias imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll</source>
        <translation>Enquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carousel</source>
        <translation>Carrossel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebration</source>
        <translation>Celebração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repost</source>
        <translation>Repostagem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1
%2 impressions, %3 % engagement rate, %4 engagements</source>
        <translation>%1
%2 impressões, taxa de engajamento de %3 %, %4 interações</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LinkedIn&apos;s engagement rate of the post: (clicks + likes + comments + shares) ÷ impressions × 100. It counts clicks.</source>
        <translation>A taxa de engajamento do LinkedIn para a publicação: (cliques + curtidas + comentários + compartilhamentos) ÷ impressões × 100. Ela conta os cliques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likes + comments + shares (the report&apos;s total_engagements). Clicks are not in it.</source>
        <translation>Curtidas + comentários + compartilhamentos (o total_engagements do relatório). Os cliques não entram.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Post</source>
        <translation>Publicação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+107"/>
        <source>Published (UTC)</source>
        <translation>Data de publicação (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Impressions</source>
        <translation>Impressões</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Unique impressions</source>
        <translation>Impressões únicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>Curtidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Compartilhamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="+2"/>
        <source>Engagement rate (LinkedIn, incl. clicks) %</source>
        <translation>Taxa de engajamento (LinkedIn, com cliques) %</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Reactions, comments and reposts</source>
        <translation>Reações, comentários e republicações</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%1: %Ln post(s), %2 impressions, %3 reactions, comments and reposts (%4 % of the impressions); the posts&apos; mean LinkedIn rate %5 %</source>
        <translation>
            <numerusform>%1: %Ln publicação, %2 impressões, %3 reações, comentários e republicações (%4 % das impressões); taxa média do LinkedIn das publicações %5 %</numerusform>
            <numerusform>%1: %Ln publicações, %2 impressões, %3 reações, comentários e republicações (%4 % das impressões); taxa média do LinkedIn das publicações %5 %</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Σ reactions, comments and reposts ÷ Σ impressions × 100, over the type&apos;s posts: what this row&apos;s sums give.</source>
        <translation>Σ reações, comentários e republicações ÷ Σ impressões × 100, sobre as publicações do tipo: o que as somas desta linha dão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mean of the posts&apos; own LinkedIn engagement rates, each post weighing the same. </source>
        <translation>A média das taxas de engajamento do LinkedIn de cada publicação, todas com o mesmo peso. </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engagement rate %</source>
        <translation>Taxa de engajamento %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean LinkedIn rate per post %</source>
        <translation>Taxa média do LinkedIn por publicação %</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Content type</source>
        <translation>Tipo de conteúdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="+141"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="-29"/>
        <source>%1 (%4): %n post(s), mean %2 impressions, %3 % engagement</source>
        <translation>
            <numerusform>%1 (%4): %n publicação, média de %2 impressões, %3 % de engajamento</numerusform>
            <numerusform>%1 (%4): %n publicações, média de %2 impressões, %3 % de engajamento</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weekday (%1)</source>
        <translation>Dia da semana (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean engagement rate %</source>
        <translation>Taxa média de engajamento %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why LinkedIn&apos;s Page Analytics may show other numbers: LinkedIn counts the activity within a period (likes, comments and impressions that happened in those days, on any post), while this catalog&apos;s post statistics are each post&apos;s lifetime totals, counted once, by the post&apos;s publication date. Daily statistics can be negative: an unlike or an unfollow takes a day&apos;s count below zero. LinkedIn&apos;s data is also 24 to 48 hours behind, daily statistics reach back 12 months at most, and demographics are the current state, not the state of the chosen period. Weekdays and hours are in the time zone chosen in Tools → Preferences; the period is in UTC days, as LinkedIn&apos;s daily statistics are.</source>
        <translation>Por que o Page Analytics do LinkedIn pode mostrar outros números: o LinkedIn conta a atividade dentro de um período (curtidas, comentários e impressões que aconteceram naqueles dias, em qualquer publicação), enquanto as estatísticas de publicações deste catálogo são os totais de toda a vida de cada publicação, contados uma vez, pela data de publicação. Estatísticas diárias podem ser negativas: um descurtir ou um deixar de seguir leva a contagem de um dia abaixo de zero. Os dados do LinkedIn também têm de 24 a 48 horas de atraso, as estatísticas diárias vão no máximo 12 meses para trás e os dados demográficos são o estado atual, não o do período escolhido. Dias da semana e horas estão no fuso horário escolhido em Ferramentas → Preferências; o período está em dias UTC, como as estatísticas diárias do LinkedIn.</translation>
    </message>
    <message>
        <location filename="../core/analytics/InsightsDemographicHistory.cpp" line="+77"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1, %2: %3 % (%4 of %5)</source>
        <translation>%1, %2: %3 % (%4 de %5)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshot</source>
        <translation>Instantâneo</translation>
    </message>
    <message>
        <location filename="../core/analytics/InsightsPostingTime.cpp" line="-8"/>
        <source>Mean impressions</source>
        <translation>Média de impressões</translation>
    </message>
    <message>
        <location filename="../core/analytics/PeriodComparison.cpp" line="+47"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../core/analytics/DashboardTopPosts.cpp" line="-39"/>
        <source>Double-click to open the post on LinkedIn: %1</source>
        <translation>Clique duas vezes para abrir a publicação no LinkedIn: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best %1</source>
        <translation>Melhor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst %1</source>
        <translation>Pior %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First line</source>
        <translation>Primeira linha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <location filename="../core/app/DashboardChoices.cpp" line="+36"/>
        <source>Standard tables</source>
        <translation>Tabelas padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables with prefix %1</source>
        <translation>Tabelas com prefixo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tables of “%1”</source>
        <translation>Tabelas de “%1”</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>All organizations</source>
        <translation>Todas as organizações</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../core/common/ErrorText.cpp" line="+23"/>
        <location line="+6"/>
        <source>LinkedIn said: &quot;%1&quot;</source>
        <translation>O LinkedIn respondeu: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not reach LinkedIn (%1): the connection failed or was dropped. Check the network and try again.</source>
        <translation>Não foi possível acessar o LinkedIn (%1): a conexão falhou ou caiu. Verifique a rede e tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn did not answer in time (%1). Try again later.</source>
        <translation>O LinkedIn não respondeu a tempo (%1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn sent a response that could not be read (%1): it was cut off or is not valid JSON. Try again.</source>
        <translation>O LinkedIn enviou uma resposta que não pôde ser lida (%1): ela veio incompleta ou não é um JSON válido. Tente novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn kept sending pages of %1 that brought nothing new, or more pages than the listing can have, so the listing was stopped. What was fetched is kept; the next run resumes.</source>
        <translation>O LinkedIn continuou enviando páginas de %1 sem nada novo, ou mais páginas do que a listagem pode ter, por isso a listagem foi interrompida. O que já foi baixado está salvo; a próxima execução continua daqui.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>LinkedIn rejected the request to %1.</source>
        <translation>O LinkedIn rejeitou a requisição para %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn did not accept the access token: it has expired, was revoked or is wrong. Re-authorize the source.</source>
        <translation>O LinkedIn não aceitou o token de acesso: ele expirou, foi revogado ou está incorreto. Autorize a fonte novamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn refused access to %1. The token needs the scopes rw_organization_admin and r_organization_social, and the member must be an administrator of the page.</source>
        <translation>O LinkedIn recusou o acesso a %1. O token precisa dos escopos rw_organization_admin e r_organization_social, e o membro precisa ser administrador da página.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LinkedIn found nothing at %1. Check the organization ID.</source>
        <translation>O LinkedIn não encontrou nada em %1. Verifique o ID da organização.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>LinkedIn no longer serves API version %1, and accepted none of the %n newer monthly version(s) Pagesight tried. Check LinkedIn&apos;s versioning page and set a version in the source&apos;s Advanced settings, or with --api-version.</source>
        <translation>
            <numerusform>O LinkedIn não atende mais à versão %1 da API e não aceitou a %n versão mensal mais recente que o Pagesight tentou. Consulte a página de versões do LinkedIn e defina uma versão nas configurações avançadas da fonte ou com --api-version.</numerusform>
            <numerusform>O LinkedIn não atende mais à versão %1 da API e não aceitou nenhuma das %n versões mensais mais recentes que o Pagesight tentou. Consulte a página de versões do LinkedIn e defina uma versão nas configurações avançadas da fonte ou com --api-version.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-37"/>
        <source>The answer for %1 was a redirect (HTTP %2) to %3. LinkedIn&apos;s API never redirects, so the API base is probably wrong or a proxy is in the way; the redirect was not followed and the access token was not sent there.</source>
        <translation>A resposta de %1 foi um redirecionamento (HTTP %2) para %3. A API do LinkedIn nunca redireciona, então a URL base da API provavelmente está errada ou há um proxy no caminho; o redirecionamento não foi seguido e o token de acesso não foi enviado para lá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another address</source>
        <translation>outro endereço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer for %1 was larger than any answer LinkedIn sends, so it was not read. Check the API base address.</source>
        <translation>A resposta de %1 era maior do que qualquer resposta que o LinkedIn envia, por isso não foi lida. Verifique o endereço base da API.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync took longer than its time limit and was stopped. What was fetched is kept; the next run resumes.</source>
        <translation>A sincronização passou do tempo limite e foi interrompida. O que já foi baixado está salvo; a próxima execução continua daqui.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There is no %1 at this API base. Check the API base address: LinkedIn&apos;s is %2.</source>
        <translation>Não há %1 nesta base da API. Verifique o endereço base da API: o do LinkedIn é %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>LinkedIn no longer serves API version %1, which this source is pinned to. Tick &quot;Follow LinkedIn&apos;s current version&quot; in the source&apos;s Advanced settings (or leave --api-version out), or choose a newer LinkedIn-Version (YYYYMM).</source>
        <translation>O LinkedIn não atende mais à versão %1 da API, que está fixada nesta fonte. Marque &quot;Acompanhar a versão atual do LinkedIn&quot; nas configurações avançadas da fonte (ou omita --api-version), ou escolha uma LinkedIn-Version mais recente (AAAAMM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn is limiting requests (HTTP 429 for %1); the sync will resume from here at the next run.</source>
        <translation>O LinkedIn está limitando as requisições (HTTP 429 em %1); a sincronização continuará daqui na próxima execução.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The daily LinkedIn API quota is used up. What was fetched is saved; the sync will resume after 00:00 UTC.</source>
        <translation>A cota diária da API do LinkedIn se esgotou. O que já foi baixado está salvo; a sincronização continuará depois das 00:00 UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn had a server error (HTTP %1) for %2 and kept failing after several retries. Try again later.</source>
        <translation>O LinkedIn teve um erro de servidor (HTTP %1) em %2 e continuou falhando depois de várias tentativas. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync was cancelled.</source>
        <translation>A sincronização foi cancelada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the catalog %1 on its PostgreSQL server: %2 Check the address, that the server runs, and the password (PGPASSWORD, ~/.pgpass or the keychain).</source>
        <translation>Não foi possível abrir o catálogo %1 no seu servidor PostgreSQL: %2 Verifique o endereço, se o servidor está em execução e a senha (PGPASSWORD, ~/.pgpass ou o chaveiro).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the catalog %1: the folder does not exist or is not writable.</source>
        <translation>Não é possível abrir o catálogo %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no catalog at %1. Nothing was created.</source>
        <translation>Não há catálogo em %1. Nada foi criado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is not a Pagesight catalog (it is damaged or not an SQLite database). Nothing was changed.</source>
        <translation>O arquivo %1 não é um catálogo do Pagesight (está danificado ou não é um banco de dados SQLite). Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog %1 is in use by another program. Close it and try again.</source>
        <translation>O catálogo %1 está sendo usado por outro programa. Feche esse programa e tente novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>&quot;%1&quot; is not a valid table name: use letters, digits and underscores, starting with a letter or underscore, at most 63 characters.</source>
        <translation>&quot;%1&quot; não é um nome de tabela válido: use letras, dígitos e sublinhados, começando com uma letra ou um sublinhado, com no máximo 63 caracteres.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The table %1 exists but has different columns. Choose another table name.</source>
        <translation>A tabela %1 já existe, mas com outras colunas. Escolha outro nome de tabela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be updated: %1</source>
        <translation>Não foi possível atualizar o catálogo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another sync of %1 is running (started at %2 by process %3). Wait for it to finish, or leave --no-wait out to wait for it.</source>
        <translation>Outra sincronização de %1 está em andamento (iniciada em %2 pelo processo %3). Aguarde o fim dela, ou omita --no-wait para aguardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown time</source>
        <translation>um horário desconhecido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema of %1 holds another application&apos;s tables, not a Pagesight catalog. It was left unchanged; choose another schema (…&amp;schema=name).</source>
        <translation>O esquema de %1 contém tabelas de outro aplicativo, não um catálogo do Pagesight. Ele não foi alterado; escolha outro esquema (…&amp;schema=nome).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a Pagesight catalog: it is another application&apos;s database. It was left unchanged; choose another file name for the catalog.</source>
        <translation>O arquivo %1 não é um catálogo do Pagesight: é o banco de dados de outro aplicativo. Ele não foi alterado; escolha outro nome de arquivo para o catálogo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog %1 was written by a newer Pagesight (catalog version %2; this one knows up to version %3). It was left unchanged; update Pagesight to open it.</source>
        <translation>O catálogo %1 foi gravado por um Pagesight mais novo (versão de catálogo %2; este conhece até a versão %3). Ele não foi alterado; atualize o Pagesight para abri-lo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only statements that read (SELECT, WITH) can run on this catalog; this one would change it: %1</source>
        <translation>Neste catálogo só podem ser executadas instruções de leitura (SELECT, WITH); esta o alteraria: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an organization ID. Enter the number from the page&apos;s admin URL (linkedin.com/company/12345678/admin/), or a URN such as urn:li:organization:12345678.</source>
        <translation>&quot;%1&quot; não é um ID de organização. Informe o número da URL de administração da página (linkedin.com/company/12345678/admin/) ou uma URN como urn:li:organization:12345678.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date. Use the form YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>&quot;%1&quot; não é uma data. Use o formato AAAA-MM-DD, por exemplo 2026-01-31.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start date %1 is in the future. Choose today or an earlier day.</source>
        <translation>A data inicial %1 está no futuro. Escolha hoje ou um dia anterior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is reserved (names starting with _pagesight or sqlite_, and SQL keywords). Choose another table name.</source>
        <translation>&quot;%1&quot; é um nome reservado (nomes que começam com _pagesight ou sqlite_ e palavras-chave do SQL). Escolha outro nome de tabela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two streams would write to the table &quot;%1&quot;. Give each stream its own table.</source>
        <translation>Dois fluxos gravariam na tabela &quot;%1&quot;. Dê a cada fluxo a sua própria tabela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid table prefix: use letters, digits and underscores only, starting with a letter or underscore.</source>
        <translation>&quot;%1&quot; não é um prefixo de tabela válido: use apenas letras, dígitos e sublinhados, começando com uma letra ou um sublinhado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a stream: pagesight sync --help lists them.</source>
        <translation>&quot;%1&quot; não é um fluxo: pagesight sync --help lista os fluxos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a report. The reports are post-engagement, follower-growth and visitor-demographics.</source>
        <translation>&quot;%1&quot; não é um relatório. Os relatórios são post-engagement, follower-growth e visitor-demographics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing %1.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown argument &quot;%1&quot;. See --help.</source>
        <translation>Argumento desconhecido: &quot;%1&quot;. Consulte --help.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The option %1 is given twice. Give it once.</source>
        <translation>A opção %1 foi informada duas vezes. Informe-a uma vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a LinkedIn API version: use YYYYMM, for example 202601.</source>
        <translation>&quot;%1&quot; não é uma versão da API do LinkedIn: use AAAAMM, por exemplo 202601.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn-Version %1 is in the future: LinkedIn has not released it yet. Use this month&apos;s version or an earlier one.</source>
        <translation>A LinkedIn-Version %1 está no futuro: o LinkedIn ainda não a lançou. Use a versão deste mês ou uma anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a URL: write it like https://api.linkedin.com/rest.</source>
        <translation>&quot;%1&quot; não é uma URL: escreva como https://api.linkedin.com/rest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is a URL, but not an http or https one.</source>
        <translation>&quot;%1&quot; é uma URL, mas não http nem https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; would send the access token unencrypted: plain http is allowed only to this computer (127.0.0.1, ::1, localhost). Use https.</source>
        <translation>&quot;%1&quot; enviaria o token de acesso sem criptografia: http simples só é permitido para este computador (127.0.0.1, ::1, localhost). Use https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the catalog at %1: the folder does not exist or is not writable.</source>
        <translation>Não é possível gravar o catálogo em %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the catalog %1: its folder does not exist.</source>
        <translation>Não é possível criar o catálogo %1: a pasta dele não existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the catalog %1: the file or its folder is read-only.</source>
        <translation>Não é possível gravar o catálogo %1: o arquivo ou a pasta dele é somente leitura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token contains invalid characters (spaces or control characters inside it). Copy it again from LinkedIn.</source>
        <translation>O token de acesso contém caracteres inválidos (espaços ou caracteres de controle no meio). Copie-o de novo do LinkedIn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No access token. Set LINKEDIN_ACCESS_TOKEN in the environment, or set the source up in the app so the token is in the keychain.</source>
        <translation>Nenhum token de acesso. Defina LINKEDIN_ACCESS_TOKEN no ambiente ou configure a fonte no aplicativo para que o token fique no chaveiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No access token for this source was found in the keychain. Re-authorize the source.</source>
        <translation>Nenhum token de acesso desta fonte foi encontrado no chaveiro. Autorize a fonte novamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample data server could not be started.</source>
        <translation>Não foi possível iniciar o servidor de dados de exemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description is longer than 140 characters.</source>
        <translation>A descrição tem mais de 140 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a retention period: give a whole number of days from 1 to 36500.</source>
        <translation>&quot;%1&quot; não é um período de retenção: informe um número inteiro de dias de 1 a 36500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The options %1 cannot be used together; give one of them.</source>
        <translation>As opções %1 não podem ser usadas juntas; informe só uma delas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a dashboard. Dashboards: follower-growth, post-engagement, visitor-demographics, insights.</source>
        <translation>&quot;%1&quot; não é um painel. Painéis: follower-growth, post-engagement, visitor-demographics, insights.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; does not end in .png, .pdf or .csv: name the file the format you want.</source>
        <translation>&quot;%1&quot; não termina em .png, .pdf ou .csv: dê ao arquivo a extensão do formato que deseja.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no translation for &quot;%1&quot;. Languages: en, pt_BR.</source>
        <translation>Não há tradução para &quot;%1&quot;. Idiomas: en, pt_BR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a time zone: give an IANA name such as Europe/Berlin, or UTC.</source>
        <translation>&quot;%1&quot; não é um fuso horário: informe um nome IANA como America/Sao_Paulo, ou UTC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not one of the pages this sign-in administers, so its ID cannot be found from its public address. Use the page&apos;s admin address (linkedin.com/company/12345678/admin/) or its ID.</source>
        <translation>&quot;%1&quot; não é uma das páginas que este login administra, então o ID não pode ser encontrado pelo endereço público. Use o endereço de administração da página (linkedin.com/company/12345678/admin/) ou o ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a catalog on a PostgreSQL server: write it like postgresql://user@host:5432/database, optionally with ?sslmode=require&amp;schema=name (a schema in lower-case letters, digits and underscores).</source>
        <translation>&quot;%1&quot; não é um catálogo num servidor PostgreSQL: escreva-o como postgresql://usuario@servidor:5432/banco, opcionalmente com ?sslmode=require&amp;schema=nome (um schema em letras minúsculas, dígitos e sublinhados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog address %1 holds a password, which would then show in lists of running programs and in logs. Leave it out: Pagesight takes it from PGPASSWORD, ~/.pgpass or the keychain.</source>
        <translation>O endereço do catálogo %1 contém uma senha, que apareceria nas listas de programas em execução e nos logs. Deixe-a de fora: o Pagesight a obtém de PGPASSWORD, de ~/.pgpass ou do chaveiro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a period: give --from and --to as YYYY-MM-DD, the start on or before the end.</source>
        <translation>&quot;%1&quot; não é um período: informe --from e --to como AAAA-MM-DD, com o início até o fim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a stream table: no source writes it and its name ends with no stream&apos;s name.</source>
        <translation>&quot;%1&quot; não é uma tabela de fluxo: nenhuma fonte a escreve e seu nome não termina com o nome de nenhum fluxo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LinkedIn did not accept the Client ID and Client Secret. Copy the Primary Client Secret again from the Auth tab of your app in the LinkedIn Developer Portal. Leave it empty only if LinkedIn enabled PKCE for your app.</source>
        <translation>O LinkedIn não aceitou o Client ID e o Client Secret. Copie novamente o Primary Client Secret da aba Auth do seu app no LinkedIn Developer Portal. Deixe-o vazio somente se o LinkedIn tiver ativado o PKCE para o seu app.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn would not finish the sign-in because the redirect URL does not match. On the Auth tab of your LinkedIn app, add exactly %1 as an authorized redirect URL, then sign in again. LinkedIn gives the same answer when PKCE is ticked but not enabled for the app.</source>
        <translation>O LinkedIn não concluiu o login porque a URL de redirecionamento não confere. Na aba Auth do seu app do LinkedIn, adicione exatamente %1 como URL de redirecionamento autorizada e entre novamente. O LinkedIn dá a mesma resposta quando o PKCE está marcado, mas não está ativado para o app.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn did not grant the permissions Pagesight asked for. Add the Community Management API product to your LinkedIn app (Products tab) and ask only for the scopes it grants, such as rw_organization_admin and r_organization_social.</source>
        <translation>O LinkedIn não concedeu as permissões que o Pagesight pediu. Adicione o produto Community Management API ao seu app do LinkedIn (aba Products) e peça apenas os escopos que ele concede, como rw_organization_admin e r_organization_social.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in was cancelled in the browser. Sign in again and choose Allow to let Pagesight read the page&apos;s data.</source>
        <translation>O login foi cancelado no navegador. Entre novamente e escolha Permitir para que o Pagesight possa ler os dados da página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An answer reached Pagesight that did not belong to the sign-in it started (the state did not match), so it was rejected and no token was requested. Sign in again.</source>
        <translation>Chegou ao Pagesight uma resposta que não pertencia ao login que ele iniciou (o state não conferia); por isso ela foi rejeitada e nenhum token foi solicitado. Entre novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pagesight cannot receive LinkedIn&apos;s answer: port %1 on this computer is in use by another program. Close that program, or choose another port under Advanced and register the new redirect URL (http://127.0.0.1:&lt;port&gt;/) in your LinkedIn app.</source>
        <translation>O Pagesight não consegue receber a resposta do LinkedIn: a porta %1 deste computador está sendo usada por outro programa. Feche esse programa ou escolha outra porta em Avançado e registre a nova URL de redirecionamento (http://127.0.0.1:&lt;porta&gt;/) no seu app do LinkedIn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>within a minute</source>
        <translation>em até um minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within %1 minutes</source>
        <translation>em até %1 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer came back from LinkedIn %1. If LinkedIn showed an error page, check the Client ID and that %2 is registered as a redirect URL in your LinkedIn app, then sign in again.</source>
        <translation>Nenhuma resposta do LinkedIn chegou %1. Se o LinkedIn mostrou uma página de erro, verifique o Client ID e se %2 está registrada como URL de redirecionamento no seu app do LinkedIn; depois, entre novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach LinkedIn to finish signing in: the connection failed or was dropped. Check the network and sign in again.</source>
        <translation>Não foi possível acessar o LinkedIn para concluir o login: a conexão falhou ou caiu. Verifique a rede e entre novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn&apos;s answer to the sign-in could not be read (HTTP %1). Sign in again.</source>
        <translation>Não foi possível ler a resposta do LinkedIn ao login (HTTP %1). Entre novamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn refused the sign-in (%1).</source>
        <translation>O LinkedIn recusou o login (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>sem motivo informado</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n value(s) LinkedIn sent could not be stored as numbers and were left empty: %1.</source>
        <translation>
            <numerusform>%n valor enviado pelo LinkedIn não pôde ser guardado como número e ficou vazio: %1.</numerusform>
            <numerusform>%n valores enviados pelo LinkedIn não puderam ser guardados como números e ficaram vazios: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n post(s) came with dates that could not be read; they were stored with empty dates.</source>
        <translation>
            <numerusform>%n publicação veio com datas que não puderam ser lidas; foi guardada com as datas vazias.</numerusform>
            <numerusform>%n publicações vieram com datas que não puderam ser lidas; foram guardadas com as datas vazias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n answer(s) held text that was not valid UTF-8; the invalid bytes were replaced with U+FFFD and the rest kept.</source>
        <translation>
            <numerusform>%n resposta trazia texto que não era UTF-8 válido; os bytes inválidos foram trocados por U+FFFD e o resto foi mantido.</numerusform>
            <numerusform>%n respostas traziam texto que não era UTF-8 válido; os bytes inválidos foram trocados por U+FFFD e o resto foi mantido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n post(s) by another author were left out.</source>
        <translation>
            <numerusform>%n publicação de outro autor ficou de fora.</numerusform>
            <numerusform>%n publicações de outro autor ficaram de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n statistics row(s) for posts that were not asked for were left out.</source>
        <translation>
            <numerusform>%n linha de estatísticas de publicações que não foram pedidas ficou de fora.</numerusform>
            <numerusform>%n linhas de estatísticas de publicações que não foram pedidas ficaram de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n daily row(s) outside the days asked for, or with impossible dates, were left out.</source>
        <translation>
            <numerusform>%n linha diária fora dos dias pedidos, ou com datas impossíveis, ficou de fora.</numerusform>
            <numerusform>%n linhas diárias fora dos dias pedidos, ou com datas impossíveis, ficaram de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/StartingPoints.cpp" line="+54"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source “%1”, tables %2, %3, %4, %5 and %6</source>
        <translation>Fonte “%1”, tabelas %2, %3, %4, %5 e %6</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../core/app/LabelRefreshController.cpp" line="+19"/>
        <source>seniorities</source>
        <translation>níveis de experiência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job functions</source>
        <translation>funções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>industries</source>
        <translation>setores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>places</source>
        <translation>localidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>company sizes</source>
        <translation>tamanhos de empresa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <extracomment>%1 what the names are of (seniorities, industries, …), %2 how many were stored</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels updated from LinkedIn — %1.</source>
        <translation>Rótulos atualizados do LinkedIn — %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not fetch the %1: %2</source>
        <extracomment>%1 what could not be fetched (seniorities, industries, …), %2 why, as a sentence</extracomment>
        <translation>Não foi possível obter %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No labels were updated.</source>
        <translation>Nenhum rótulo foi atualizado.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+29"/>
        <source>Post engagement</source>
        <translation>Engajamento das publicações</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follower growth</source>
        <translation>Crescimento de seguidores</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Visitor demographics by seniority</source>
        <translation>Perfil demográfico dos visitantes por nível de experiência</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by function</source>
        <translation>Perfil demográfico dos visitantes por função</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by industry</source>
        <translation>Perfil demográfico dos visitantes por setor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by country</source>
        <translation>Perfil demográfico dos visitantes por país</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by region</source>
        <translation>Perfil demográfico dos visitantes por região</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visitor demographics by company size</source>
        <translation>Perfil demográfico dos visitantes por tamanho da empresa</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The report %1 cannot run on this catalog: %2</source>
        <translation>O relatório %1 não pode ser executado neste catálogo: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report %1 failed: %2</source>
        <translation>O relatório %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/QueryRunner.cpp" line="+89"/>
        <location line="+8"/>
        <location line="+35"/>
        <location filename="../core/analytics/Reports.cpp" line="+49"/>
        <source>The query failed: %1</source>
        <translation>A consulta falhou: %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/ReadOnlySql.cpp" line="+186"/>
        <source>This is not an SQL statement: no statement starts with &quot;%1&quot;. A query starts with SELECT, WITH, VALUES or EXPLAIN.</source>
        <translation>Isto não é uma instrução SQL: nenhuma instrução começa com &quot;%1&quot;. Uma consulta começa com SELECT, WITH, VALUES ou EXPLAIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run one statement at a time: this text holds several statements separated by &apos;;&apos;. Remove all but one and run it again.</source>
        <translation>Execute uma instrução por vez: este texto contém várias instruções separadas por &apos;;&apos;. Remova todas menos uma e execute de novo.</translation>
    </message>
</context>
<context>
    <name>RunMessage</name>
    <message numerus="yes">
        <location filename="../core/common/RunMessage.cpp" line="+152"/>
        <source>Synced %n row(s).</source>
        <translation>
            <numerusform>%Ln linha sincronizada.</numerusform>
            <numerusform>%Ln linhas sincronizadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of what LinkedIn sent could not be kept as sent: the streams say what.</source>
        <translation>Parte do que o LinkedIn enviou não pôde ser mantida como veio: os fluxos dizem o quê.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removed %n staging table(s) an interrupted sync had left behind.</source>
        <translation>
            <numerusform>Removida %n tabela temporária que uma sincronização interrompida deixou para trás.</numerusform>
            <numerusform>Removidas %n tabelas temporárias que uma sincronização interrompida deixou para trás.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn no longer serves API version %1; this run used %2, and the source uses it from now on.</source>
        <translation>O LinkedIn não atende mais à versão %1 da API; esta execução usou a %2, e a fonte passa a usá-la.</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <location filename="../core/app/SourceText.cpp" line="+43"/>
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Organization %1</source>
        <translation>Organização %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rows older than the retention period could not be removed: %1</source>
        <translation>Não foi possível remover as linhas mais antigas que o período de retenção: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) older than the retention period removed.</source>
        <translation>
            <numerusform>%n linha mais antiga que o período de retenção removida.</numerusform>
            <numerusform>%n linhas mais antigas que o período de retenção removidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Manual only</source>
        <translation>Somente manual</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>A cada %n hora</numerusform>
            <numerusform>A cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily at %1</source>
        <translation>Diariamente às %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every %1 at %2</source>
        <translation>Semanalmente, %1 às %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>full sync every %n day(s)</source>
        <translation>
            <numerusform>sincronização completa a cada %n dia</numerusform>
            <numerusform>sincronização completa a cada %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Streams</name>
    <message>
        <location filename="../core/streams/Streams.cpp" line="+55"/>
        <source>Follower Statistics</source>
        <translation>Estatísticas de seguidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily follower gains; followers by demographics</source>
        <translation>Novos seguidores por dia; perfil dos seguidores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily new followers (organic and paid), total followers, and followers by country, region, function, industry, seniority and company size.</source>
        <translation>Novos seguidores por dia (orgânicos e pagos), total de seguidores e seguidores por país, região, função, setor, nível de experiência e tamanho da empresa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <location line="+53"/>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Page Statistics</source>
        <translation>Estatísticas da página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily page views and clicks; visitors by demographics</source>
        <translation>Visualizações e cliques por dia; perfil dos visitantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily page views by section and device, button clicks, and visitors by country, region, function, industry, seniority and company size.</source>
        <translation>Visualizações de página por dia, por seção e dispositivo, cliques em botões e visitantes por país, região, função, setor, nível de experiência e tamanho da empresa.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Share Statistics</source>
        <translation>Estatísticas de compartilhamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily impressions and engagement of all posts</source>
        <translation>Impressões e engajamento diários de todas as publicações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily impressions, clicks, reactions, comments, shares and engagement of all the page&apos;s posts together.</source>
        <translation>Impressões, cliques, reações, comentários, compartilhamentos e engajamento diários de todas as publicações da página somadas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Organization Posts</source>
        <translation>Publicações da organização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every post: text, content, visibility, dates</source>
        <translation>Cada publicação: texto, conteúdo, visibilidade, datas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every post of the page: its text, content type, media, article or poll, visibility and dates.</source>
        <translation>Cada publicação da página: texto, tipo de conteúdo, mídia, artigo ou enquete, visibilidade e datas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Post Statistics</source>
        <translation>Estatísticas de publicações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime impressions and engagement per post</source>
        <translation>Impressões e engajamento totais de cada publicação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime impressions, clicks, reactions, comments, shares and engagement of each post. Needs Organization Posts.</source>
        <translation>Impressões, cliques, reações, comentários, compartilhamentos e engajamento totais de cada publicação. Requer Publicações da organização.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <location filename="../ui/wizard/StreamTexts.cpp" line="+42"/>
        <source>FULL_TABLE: every run fetches everything and replaces the table when the stream ends, in one step. Rows deleted on LinkedIn disappear; a failed run leaves the previous table. Slower.</source>
        <translation>FULL_TABLE: cada execução busca tudo e substitui a tabela quando o fluxo termina, de uma só vez. Linhas excluídas no LinkedIn desaparecem; uma execução com falha mantém a tabela anterior. Mais lento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INCREMENTAL: every run fetches only what is new since the last one (plus a few days back, since LinkedIn revises recent days) and updates rows in place. Fast; deleted posts stay.</source>
        <translation>INCREMENTAL: cada execução busca só o que é novo desde a anterior (mais alguns dias para trás, porque o LinkedIn revisa os dias recentes) e atualiza as linhas no lugar. Rápido; publicações excluídas permanecem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Manual only: syncs when you press Sync.</source>
        <translation>Somente manual: sincroniza quando você clica em Sincronizar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every hour.</source>
        <translation>A cada hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 hours.</source>
        <translation>A cada %1 horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily at %1.</source>
        <translation>Diariamente às %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly on %1 at %2.</source>
        <translation>Semanalmente, %1 às %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also a full sync every day.</source>
        <translation>Também uma sincronização completa todos os dias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also a full sync every %1 days.</source>
        <translation>Também uma sincronização completa a cada %1 dias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in with LinkedIn</source>
        <translation>Login com o LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample data (the built-in simulated LinkedIn API)</source>
        <translation>Dados de exemplo (a API simulada do LinkedIn integrada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pasted access token</source>
        <translation>Token de acesso colado</translation>
    </message>
</context>
<context>
    <name>pagesight::AuthorizationPage</name>
    <message>
        <location filename="../ui/wizard/AuthorizationPage.cpp" line="+41"/>
        <source>Authorization</source>
        <translation>Autorização</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how Pagesight reaches your company&apos;s LinkedIn Page. The credential is checked with LinkedIn at once, and kept only in the system keychain.</source>
        <translation>Escolha como o Pagesight acessa a Página da sua empresa no LinkedIn. A credencial é verificada com o LinkedIn na hora e guardada apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This source&apos;s saved credential is kept. Sign in again or paste a new token only to replace it.</source>
        <translation>A credencial salva desta fonte é mantida. Entre novamente ou cole um novo token somente para substituí-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn no longer accepts this source&apos;s credential. Sign in again, or paste a new access token.</source>
        <translation>O LinkedIn não aceita mais a credencial desta fonte. Entre novamente ou cole um novo token de acesso.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Waiting for the browser…</source>
        <translation>Aguardando o navegador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="+66"/>
        <location line="+86"/>
        <source>Sign in with LinkedIn</source>
        <translation>Entrar com o LinkedIn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="+39"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>LinkedIn&apos;s sign-in page is open in your browser. Sign in there and choose Allow; Pagesight waits for the answer at %1.</source>
        <translation>A página de login do LinkedIn está aberta no seu navegador. Entre por lá e escolha Permitir; o Pagesight aguarda a resposta em %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No browser could be opened. The sign-in address is on the clipboard: paste it into your browser, sign in and choose Allow.</source>
        <translation>Não foi possível abrir um navegador. O endereço de login está na área de transferência: cole-o no seu navegador, entre e escolha Permitir.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The sample data could not start: no port on this computer&apos;s loopback address could be opened.</source>
        <translation>Não foi possível iniciar os dados de exemplo: nenhuma porta do endereço de loopback deste computador pôde ser aberta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the credential with LinkedIn…</source>
        <translation>Verificando a credencial com o LinkedIn…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>LinkedIn accepted the credential, but lists no organization page that this member administers. You can still enter the organization ID on the next page.</source>
        <translation>O LinkedIn aceitou a credencial, mas não lista nenhuma página de organização administrada por este membro. Você ainda pode informar o ID da organização na próxima página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn accepted the credential. Organization pages this member administers: %1.</source>
        <translation>O LinkedIn aceitou a credencial. Páginas de organização administradas por este membro: %1.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Sample data: the token does not expire.</source>
        <translation>Dados de exemplo: o token não expira.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this token expires is not known: LinkedIn&apos;s access tokens last 60 days from when they were created.</source>
        <translation>Não se sabe quando este token expira: os tokens de acesso do LinkedIn valem 60 dias a partir da criação.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The access token expires on %1, within a day.</source>
        <translation>O token de acesso expira em %1, em menos de um dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token expires on %1, in %2 days.</source>
        <translation>O token de acesso expira em %1, daqui a %2 dias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn issued a refresh token, but it renews tokens only for a request with the client secret, and this PKCE sign-in has none: it will not be renewed. Re-authorize the source on the Sources page before %1; after that its syncs stop and ask you to sign in.</source>
        <translation>O LinkedIn emitiu um token de atualização, mas só renova tokens em pedidos com o segredo do cliente, e este login PKCE não tem um: o token não será renovado. Reautorize a fonte na página Fontes antes de %1; depois disso as sincronizações param e pedem um novo login.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pagesight renews it with the refresh token LinkedIn issued, which is valid until %1.</source>
        <translation>O Pagesight o renova com o token de atualização emitido pelo LinkedIn, válido até %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn issued no refresh token: sign in again before then.</source>
        <translation>O LinkedIn não emitiu um token de atualização: entre novamente antes disso.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AuthorizationPageLayout.cpp" line="-126"/>
        <source>&amp;Sign in with LinkedIn, through your own LinkedIn app</source>
        <translation>&amp;Entrar com o LinkedIn, pelo seu próprio app do LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste an access token</source>
        <translation>Co&amp;lar um token de acesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste an access token</source>
        <translation>Colar um token de acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try with sample data, without a LinkedIn account</source>
        <translation>E&amp;xperimentar com dados de exemplo, sem conta no LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with sample data</source>
        <translation>Experimentar com dados de exemplo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Token expiry</source>
        <translation>Validade do token</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Once, in the &lt;a href=&quot;https://www.linkedin.com/developers/apps&quot;&gt;LinkedIn Developer Portal&lt;/a&gt;:&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;&lt;b&gt;Create app&lt;/b&gt;, linked to your company&apos;s page.&lt;/li&gt;&lt;li&gt;On the &lt;b&gt;Products&lt;/b&gt; tab, request the &lt;b&gt;Community Management API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;On the &lt;b&gt;Auth&lt;/b&gt; tab, add the redirect URL below under &lt;i&gt;Authorized redirect URLs&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Client ID&lt;/b&gt; and the &lt;b&gt;Primary Client Secret&lt;/b&gt; from the &lt;b&gt;Auth&lt;/b&gt; tab into the fields below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>Uma única vez, no &lt;a href=&quot;https://www.linkedin.com/developers/apps&quot;&gt;LinkedIn Developer Portal&lt;/a&gt;:&lt;ol style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;Clique em &lt;b&gt;Create app&lt;/b&gt; e vincule o app à página da sua empresa.&lt;/li&gt;&lt;li&gt;Na aba &lt;b&gt;Products&lt;/b&gt;, solicite a &lt;b&gt;Community Management API&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Na aba &lt;b&gt;Auth&lt;/b&gt;, adicione a URL de redirecionamento abaixo em &lt;i&gt;Authorized redirect URLs&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;Copie o &lt;b&gt;Client ID&lt;/b&gt; e o &lt;b&gt;Primary Client Secret&lt;/b&gt; da aba &lt;b&gt;Auth&lt;/b&gt; para os campos abaixo.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How to create the LinkedIn app</source>
        <translation>Como criar o app do LinkedIn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redirect URL to register</source>
        <translation>URL de redirecionamento a registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the redirect URL</source>
        <translation>Copiar a URL de redirecionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the redirect URL to the clipboard</source>
        <translation>Copiar a URL de redirecionamento para a área de transferência</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redirect URL:</source>
        <translation>URL de redirecionamento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>Escopos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space-separated. The statistics need rw_organization_admin, the posts r_organization_social.</source>
        <translation>Separados por espaço. As estatísticas precisam de rw_organization_admin; as publicações, de r_organization_social.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My LinkedIn app has PKCE enabled (the Client Secret is then optional)</source>
        <translation>Meu app do LinkedIn tem o PKCE ativado (aí o Client Secret é opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My LinkedIn app has PKCE enabled</source>
        <translation>Meu app do LinkedIn tem o PKCE ativado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;ID:</source>
        <translation>Client &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client S&amp;ecret:</source>
        <translation>Client &amp;Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;opes:</source>
        <translation>Esc&amp;opos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel sign-in</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Create one with LinkedIn&apos;s &lt;a href=&quot;https://www.linkedin.com/developers/tools/oauth/token-generator&quot;&gt;token generator&lt;/a&gt; (Developer Portal → Docs and tools → OAuth Token Tools) for your app, with the scopes rw_organization_admin and r_organization_social.</source>
        <translation>Crie um com o &lt;a href=&quot;https://www.linkedin.com/developers/tools/oauth/token-generator&quot;&gt;gerador de tokens&lt;/a&gt; do LinkedIn (Developer Portal → Docs and tools → OAuth Token Tools) para o seu app, com os escopos rw_organization_admin e r_organization_social.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to get an access token</source>
        <translation>Onde obter um token de acesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Show the access token</source>
        <translation>Mostrar o token de acesso</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Verify the access token</source>
        <translation>Verificar o token de acesso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the access token</source>
        <translation>Ocultar o token de acesso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A simulated LinkedIn API runs on this computer with a generated company page, &quot;%1&quot;, so every screen can be tried without a LinkedIn account. Nothing is sent to LinkedIn.</source>
        <translation>Uma API simulada do LinkedIn roda neste computador com uma página de empresa gerada, &quot;%1&quot;, para que todas as telas possam ser experimentadas sem uma conta do LinkedIn. Nada é enviado ao LinkedIn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+53"/>
        <source>Show the advanced settings</source>
        <translation>Mostrar as configurações avançadas</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Advanced: API addresses, version and port</source>
        <translation>Avançado: endereços da API, versão e porta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Advanced settings</source>
        <translation>Configurações avançadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LinkedIn&apos;s own addresses by default. Change them for the sandbox, a proxy or a test.</source>
        <translation>Por padrão, os endereços do próprio LinkedIn. Altere-os para o sandbox, um proxy ou um teste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API base URL</source>
        <translation>URL base da API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth base URL</source>
        <translation>URL base do OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn-Version</source>
        <translation>LinkedIn-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYYMM</source>
        <translation>AAAAMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow LinkedIn&apos;s current version</source>
        <translation>A&amp;companhar a versão atual do LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow LinkedIn&apos;s current version</source>
        <translation>Acompanhar a versão atual do LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn retires each monthly version about a year after it ships. When LinkedIn no longer accepts this version, the sync moves to the newest one it accepts and says so. Untick to pin the version: a retired version then stops the sync with a warning.</source>
        <translation>O LinkedIn aposenta cada versão mensal cerca de um ano depois do lançamento. Quando o LinkedIn deixa de aceitar esta versão, a sincronização passa para a mais recente que ele aceita e avisa. Desmarque para fixar a versão: uma versão aposentada então interrompe a sincronização com um aviso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loopback port</source>
        <translation>Porta de loopback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of the redirect URL http://127.0.0.1:&lt;port&gt;/ registered in your LinkedIn app.</source>
        <translation>A porta da URL de redirecionamento http://127.0.0.1:&lt;porta&gt;/ registrada no seu app do LinkedIn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;API base URL:</source>
        <translation>URL base da &amp;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAut&amp;h base URL:</source>
        <translation>URL base do OAut&amp;h:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn-&amp;Version:</source>
        <translation>LinkedIn-&amp;Version:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loopback &amp;port:</source>
        <translation>Porta de loop&amp;back:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advanced settings problem</source>
        <translation>Problema nas configurações avançadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Use LinkedIn&apos;s defaults</source>
        <translation>Usar os padrões do LinkedIn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide the advanced settings</source>
        <translation>Ocultar as configurações avançadas</translation>
    </message>
</context>
<context>
    <name>pagesight::CatalogBrowserPage</name>
    <message>
        <location filename="../ui/catalog/CatalogBrowserPage.cpp" line="+67"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Data model</source>
        <translation>Modelo de dados</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The catalog has no tables yet.

Add a source on the Sources page (or try the sample data) and sync it: its tables, their columns and rows, and how they join appear here.</source>
        <translation>O catálogo ainda não tem tabelas.

Adicione uma fonte na página Fontes (ou experimente os dados de exemplo) e sincronize-a: as tabelas dela, com as colunas e as linhas, e a forma como elas se relacionam aparecem aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The catalog has no tables yet</source>
        <translation>O catálogo ainda não tem tabelas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Selected table</source>
        <translation>Tabela selecionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rows and columns of the table</source>
        <translation>Linhas e colunas da tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter rows</source>
        <translation>Filtrar linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show rows containing…</source>
        <translation>Mostrar linhas que contêm…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows matching the filter</source>
        <translation>Linhas que correspondem ao filtro</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click a column to sort by it; click again to reverse the order.</source>
        <translation>Clique em uma coluna para ordenar por ela; clique de novo para inverter a ordem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows shown</source>
        <translation>Linhas exibidas</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>No rows</source>
        <translation>Nenhuma linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows %1–%2 of %3</source>
        <translation>Linhas %1–%2 de %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln row(s) of %1 contain(s) “%2”</source>
        <translation>
            <numerusform>%Ln linha de %1 contém “%2”</numerusform>
            <numerusform>%Ln linhas de %1 contêm “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pagesight::ChartCanvas</name>
    <message>
        <location filename="../ui/dashboard/ChartCanvas.cpp" line="+305"/>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
</context>
<context>
    <name>pagesight::ColumnListModel</name>
    <message>
        <location filename="../ui/catalog/TableListModel.cpp" line="+136"/>
        <source>PK %1</source>
        <translation>PK %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOT NULL</source>
        <translation>NOT NULL</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary key</source>
        <translation>Chave primária</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
</context>
<context>
    <name>pagesight::ConfigureStreamsPage</name>
    <message>
        <location filename="../ui/wizard/ConfigureStreamsPage.cpp" line="+29"/>
        <source>Configure streams</source>
        <translation>Configurar fluxos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table each stream writes to, and how it is kept up to date.</source>
        <translation>A tabela em que cada fluxo grava e como ela é mantida atualizada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table prefix</source>
        <translation>Prefixo das tabelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the start of every table name, e.g. acme_ gives acme_follower_statistics. Changing it changes every name.</source>
        <translation>Adicionado ao início de cada nome de tabela; por exemplo, acme_ gera acme_follower_statistics. Alterá-lo altera todos os nomes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table &amp;prefix:</source>
        <translation>Prefixo das &amp;tabelas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to the start of every table name.</source>
        <translation>Adicionado ao início de cada nome de tabela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Table name</source>
        <translation>Nome da tabela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync type</source>
        <translation>Tipo de sincronização</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Table name for %1</source>
        <translation>Nome da tabela de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync type for %1</source>
        <translation>Tipo de sincronização de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Table name problems</source>
        <translation>Problemas nos nomes das tabelas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INCREMENTAL fetches only what is new since the last run. FULL_TABLE fetches everything and replaces the table, so posts deleted on LinkedIn disappear.</source>
        <translation>INCREMENTAL busca só o que é novo desde a última execução. FULL_TABLE busca tudo e substitui a tabela, então as publicações excluídas no LinkedIn desaparecem.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shared tables</source>
        <translation>Tabelas compartilhadas</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Enter a table name for %1.</source>
        <translation>Informe um nome de tabela para %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The catalog table %1 writes to</source>
        <translation>A tabela do catálogo em que %1 grava</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” already syncs this organization into %2: this source will continue from that source&apos;s data instead of starting at its start date. To keep them apart, give this source a table prefix.</source>
        <translation>“%1” já sincroniza esta organização em %2: esta fonte continuará a partir dos dados dela em vez de começar na data inicial. Para mantê-las separadas, dê a esta fonte um prefixo de tabela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the prefix %1</source>
        <translation>Usar o prefixo %1</translation>
    </message>
</context>
<context>
    <name>pagesight::DashboardTab</name>
    <message>
        <location filename="../ui/dashboard/DashboardTab.cpp" line="+67"/>
        <source>No %1 in the catalog yet. Sync the source on the Sources page.</source>
        <translation>Ainda não há %1 no catálogo. Sincronize a fonte na página Fontes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 between %2 and %3. Choose a longer period, or sync the source on the Sources page.</source>
        <translation>Não há %1 entre %2 e %3. Escolha um período maior ou sincronize a fonte na página Fontes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>before: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes are against the previous period of the same length (%1).</source>
        <translation>As variações são em relação ao período anterior de mesma duração (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comparison: the catalog does not hold the whole previous period (%1).</source>
        <translation>Sem comparação: o catálogo não tem todo o período anterior (%1).</translation>
    </message>
</context>
<context>
    <name>pagesight::DashboardsPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardsPage.cpp" line="+36"/>
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tables</source>
        <translation>Tabelas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date range</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>Últimos 365 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+265"/>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabelas:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Include &amp;dark posts</source>
        <translation>Incluir publicações &amp;dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include dark posts</source>
        <translation>Incluir publicações dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark (direct sponsored content) posts are made for ads and never appear on the page. They are left out of every dashboard unless this is ticked.</source>
        <translation>Publicações dark (conteúdo patrocinado direto) são feitas para anúncios e nunca aparecem na página. Ficam fora de todos os painéis, a menos que esta opção esteja marcada.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The catalog is not open, so there is nothing to show. See the Sources page.</source>
        <translation>O catálogo não está aberto, então não há nada para mostrar. Veja a página Fontes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts: %1 is after %2. Choose a start on or before the end.</source>
        <translation>O período termina antes de começar: %1 é depois de %2. Escolha um início igual ou anterior ao fim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No source yet. Add one on the Sources page (or try the sample data), sync it, and the dashboards fill in.</source>
        <translation>Ainda não há nenhuma fonte. Adicione uma na página Fontes (ou experimente os dados de exemplo) e sincronize-a para preencher os painéis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” does not sync the stream %2. Select it in the source&apos;s settings on the Sources page, then sync.</source>
        <translation>“%1” não sincroniza o fluxo %2. Selecione-o nas configurações da fonte, na página Fontes, e sincronize.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has not been synced yet (no table %2). Sync it on the Sources page.</source>
        <translation>“%1” ainda não foi sincronizada (a tabela %2 não existe). Sincronize-a na página Fontes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current state</source>
        <translation>Estado atual</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file name ending in .png, .pdf or .csv.</source>
        <translation>Escolha um nome de arquivo terminado em .png, .pdf ou .csv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This dashboard has no table to export: %1</source>
        <translation>Este painel não tem tabela para exportar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document, one page (*.pdf)</source>
        <translation>Documento PDF, uma página (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables as CSV (*.csv)</source>
        <translation>As tabelas em CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables as CSV for Excel, with a UTF-8 byte-order mark (*.csv)</source>
        <translation>As tabelas em CSV para o Excel, com marca de ordem de bytes UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Dashboard</source>
        <translation>Exportar o painel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
</context>
<context>
    <name>pagesight::DataModelDiagram</name>
    <message>
        <location filename="../ui/catalog/DataModelDiagram.cpp" line="+37"/>
        <source>Data model diagram</source>
        <translation>Diagrama do modelo de dados</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>not synced yet</source>
        <translation>ainda não sincronizada</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 = %2
(one row of statistics per post)</source>
        <extracomment>%1 = %2 is the join, e.g. post_urn = id</extracomment>
        <translation>%1 = %2
(uma linha de estatísticas por publicação)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>urn:li:organization:…
organization_urn / author</source>
        <translation>urn:li:organization:…
organization_urn / author</translation>
    </message>
</context>
<context>
    <name>pagesight::DeleteSourceDialog</name>
    <message>
        <location filename="../ui/sources/DeleteSourceDialog.cpp" line="+16"/>
        <source>Delete Source</source>
        <translation>Excluir fonte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Delete “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its settings, its bookmarks and its tokens in the keychain are removed. The run history stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Excluir “%1”?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;As configurações, os marcadores e os tokens dela no chaveiro são removidos. O histórico de execuções permanece.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this organization&apos;s &amp;data</source>
        <translation>Excluir os &amp;dados desta organização</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sample data is always deleted with its source.</source>
        <translation>Os dados de exemplo são sempre excluídos com a fonte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rows of %1 in its tables. Other organizations&apos; rows stay.</source>
        <translation>As linhas de %1 nas tabelas da fonte. As linhas de outras organizações ficam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also drop the tables only it uses</source>
        <translation>Excluir também as tabelas que só ela usa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept whatever you choose, because another source or organization uses them: %1</source>
        <translation>Mantidas em qualquer caso, porque outra fonte ou organização as usa: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pagesight::DemographicsTab</name>
    <message>
        <location filename="../ui/dashboard/DemographicsTab.cpp" line="+34"/>
        <source>Break down by</source>
        <translation>Segmentar por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Break down by:</source>
        <translation>&amp;Segmentar por:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page views and followers</source>
        <translation>Visualizações de página e seguidores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>% of page views</source>
        <translation>% das visualizações de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of followers</source>
        <translation>% dos seguidores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visitor and follower demographics</source>
        <translation>Perfil demográfico de visitantes e seguidores</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No demographics yet: they come with the page and follower statistics&apos; lifetime snapshot. Sync the source on the Sources page.</source>
        <translation>Ainda não há dados demográficos: eles vêm com o instantâneo acumulado das estatísticas da página e de seguidores. Sincronize a fonte na página Fontes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current state on %1 (demographics ignore the period): %2 page views, %3 followers with a known %4. LinkedIn leaves out members whose %4 it does not know, so these are below the page&apos;s totals.</source>
        <translation>O estado atual em %1 (dados demográficos ignoram o período): %2 visualizações da página, %3 seguidores com %4 conhecido(a). O LinkedIn deixa de fora membros cujo(a) %4 não conhece, então estes números ficam abaixo dos totais da página.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The names are LinkedIn&apos;s own, which it publishes in English.</source>
        <translation>Os nomes são os do próprio LinkedIn, que os publica só em inglês.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page views and followers by %1</source>
        <translation>Visualizações de página e seguidores por %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DemographicsTab.h" line="+19"/>
        <source>Visitor demographics</source>
        <translation>Perfil demográfico dos visitantes</translation>
    </message>
</context>
<context>
    <name>pagesight::ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/ExplorerPage.cpp" line="+78"/>
        <location line="+7"/>
        <source>Starting points</source>
        <translation>Pontos de partida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a report to open its SQL in the editor and run it.</source>
        <translation>Clique em um relatório para abrir o SQL dele no editor e executá-lo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The catalog has no data yet</source>
        <translation>O catálogo ainda não tem dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no data yet. Add a source on the Sources page (or try the sample data) and sync it; then query its tables here.</source>
        <translation>O catálogo ainda não tem dados. Adicione uma fonte na página Fontes (ou experimente os dados de exemplo) e sincronize-a; depois, consulte as tabelas dela aqui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL query</source>
        <translation>Consulta SQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SELECT * FROM organization_posts LIMIT 100</source>
        <translation>SELECT * FROM organization_posts LIMIT 100</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Query error</source>
        <translation>Erro na consulta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the query (Ctrl+Enter)</source>
        <translation>Executar a consulta (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Query status</source>
        <translation>Status da consulta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Query result</source>
        <translation>Resultado da consulta</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write a query first, or pick a starting point on the left.</source>
        <translation>Escreva uma consulta primeiro ou escolha um ponto de partida à esquerda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running…</source>
        <translation>Executando…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Running… %Ln row(s) so far</source>
        <translation>
            <numerusform>Executando… %Ln linha até agora</numerusform>
            <numerusform>Executando… %Ln linhas até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Stopped after %Ln row(s)</source>
        <translation>
            <numerusform>Interrompida após %Ln linha</numerusform>
            <numerusform>Interrompida após %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln linha em %1 ms</numerusform>
            <numerusform>%Ln linhas em %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel, with a UTF-8 byte-order mark (*.csv)</source>
        <translation>CSV para o Excel, com marca de ordem de bytes UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the result as CSV</source>
        <translation>Exportar o resultado como CSV</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln linha exportada para %1</numerusform>
            <numerusform>%Ln linhas exportadas para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pagesight::FollowerGrowthTab</name>
    <message>
        <location filename="../ui/dashboard/FollowerGrowthTab.cpp" line="+24"/>
        <source>Daily follower gains</source>
        <translation>Novos seguidores por dia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organic</source>
        <translation>Orgânicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-day average</source>
        <translation>Média de 7 dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative growth</source>
        <translation>Crescimento acumulado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Followers gained per day</source>
        <translation>Seguidores ganhos por dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the &amp;previous period</source>
        <translation>Mostrar o &amp;período anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws the previous period&apos;s cumulative growth over this one, day by day.</source>
        <translation>Desenha o crescimento acumulado do período anterior sobre este, dia a dia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follower growth by day</source>
        <translation>Crescimento de seguidores por dia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>daily follower statistics</source>
        <translation>estatísticas diárias de seguidores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gained in the period:</source>
        <translation>Ganhos no período:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cumulative, previous period</source>
        <translation>Acumulado, período anterior</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Followers: %1 (on %2)</source>
        <translation>Seguidores: %1 (em %2)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/FollowerGrowthTab.h" line="+21"/>
        <source>Follower growth</source>
        <translation>Crescimento de seguidores</translation>
    </message>
</context>
<context>
    <name>pagesight::InsightsTab</name>
    <message>
        <location filename="../ui/dashboard/InsightsTab.cpp" line="+52"/>
        <source>Mean engagement rate</source>
        <translation>Taxa média de engajamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Why LinkedIn&apos;s Page Analytics may show other numbers</source>
        <translation>Por que o Page Analytics do LinkedIn pode mostrar outros números</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+86"/>
        <source>By weekday (%1)</source>
        <translation>Por dia da semana (%1)</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>By hour (%1)</source>
        <translation>Por hora (%1)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Engagement by weekday</source>
        <translation>Engajamento por dia da semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement by hour</source>
        <translation>Engajamento por hora</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Demographic</source>
        <translation>Critério demográfico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share by snapshot</source>
        <translation>Participação por retrato</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Best weekday: %1 · best hour: %2 (%4), by mean engagement rate of the posts published then (%3).</source>
        <translation>Melhor dia: %1 · melhor hora: %2 (%4), pela taxa média de engajamento das publicações feitas então (%3).</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Demographic snapshots</source>
        <translation>Instantâneos demográficos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>a slot with fewer than %1 posts is greyed and never called best</source>
        <translation>um horário com menos de %1 publicações fica em cinza e nunca é apontado como o melhor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posts in the period to say when to post.</source>
        <translation>Não há publicações no período para indicar quando publicar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too few posts in the period to say when to post (%1).</source>
        <translation>Poucas publicações no período para dizer quando publicar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none has enough posts</source>
        <translation>nenhuma tem publicações suficientes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>posts or demographic snapshots</source>
        <translation>publicações nem instantâneos demográficos</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/InsightsTab.h" line="+21"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
</context>
<context>
    <name>pagesight::LabelRefreshController</name>
    <message>
        <location filename="../core/app/LabelRefreshController.cpp" line="+29"/>
        <source>The source no longer exists.</source>
        <translation>A fonte não existe mais.</translation>
    </message>
</context>
<context>
    <name>pagesight::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+42"/>
        <source>Pagesight</source>
        <translation>Pagesight</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Refreshing the labels from LinkedIn…</source>
        <translation>Atualizando os rótulos a partir do LinkedIn…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Catalog…</source>
        <translation>Abrir &amp;catálogo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another catalog file, or a team&apos;s catalog on a PostgreSQL server</source>
        <translation>Abrir outro arquivo de catálogo, ou o catálogo de uma equipe em um servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Source…</source>
        <translation>&amp;Adicionar fonte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync All</source>
        <translation>&amp;Sincronizar tudo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Dashboard…</source>
        <translation>&amp;Exportar painel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the dashboard on screen as a PNG image or a one-page PDF, or its tables as CSV.</source>
        <translation>Salva o painel na tela como imagem PNG ou PDF de uma página, ou as suas tabelas em CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Dashboard</source>
        <translation>Exportar painel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh &amp;Labels</source>
        <translation>Atualizar &amp;rótulos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the names of seniorities, job functions, industries and places from LinkedIn, with the selected source&apos;s sign-in.</source>
        <translation>Busca no LinkedIn os nomes de níveis de experiência, funções, setores e localidades, com o login da fonte selecionada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;Retention…</source>
        <translation>&amp;Retenção de dados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set how long each table keeps LinkedIn&apos;s data; older rows are removed after each sync.</source>
        <translation>Defina por quanto tempo cada tabela guarda os dados do LinkedIn; linhas mais antigas são removidas após cada sincronização.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The retention setting is saved; it applies from the next sync.</source>
        <translation>A retenção foi salva; ela vale a partir da próxima sincronização.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the time zone of the Insights&apos; weekdays and hours.</source>
        <translation>Escolha o fuso horário dos dias da semana e horas dos Insights.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Pagesight</source>
        <translation>&amp;Sobre o Pagesight</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Catalog: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No catalog open</source>
        <translation>Nenhum catálogo aberto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sync yet</source>
        <translation>Nenhuma sincronização ainda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync: %1 — %2, %3</source>
        <translation>Última sincronização: %1 — %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Pagesight</source>
        <translation>Sobre o Pagesight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Pagesight %1&lt;/h3&gt;&lt;p&gt;Your LinkedIn Organization Page&apos;s organic data — followers, page views, posts and their statistics — in a local SQLite catalog, with dashboards.&lt;/p&gt;&lt;p&gt;Tokens are kept in the system keychain, never in the catalog.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pagesight %1&lt;/h3&gt;&lt;p&gt;Os dados orgânicos da Página da sua organização no LinkedIn — seguidores, visualizações de página, publicações e as estatísticas delas — em um catálogo SQLite local, com painéis.&lt;/p&gt;&lt;p&gt;Os tokens ficam no chaveiro do sistema, nunca no catálogo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>Open Catalog</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A sync is running. Opening another catalog cancels it; it can be synced again later.</source>
        <translation>Uma sincronização está em andamento. Abrir outro catálogo a cancela; ela pode ser feita de novo depois.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keychain did not keep the password: %1</source>
        <translation>O chaveiro não guardou a senha: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling the running syncs before closing…</source>
        <translation>Cancelando as sincronizações em andamento antes de fechar…</translation>
    </message>
</context>
<context>
    <name>pagesight::OAuthFlow</name>
    <message>
        <location filename="../core/auth/OAuthFlow.cpp" line="+151"/>
        <source>Pagesight received LinkedIn&apos;s answer. You can close this tab and go back to Pagesight.</source>
        <translation>O Pagesight recebeu a resposta do LinkedIn. Você pode fechar esta aba e voltar ao Pagesight.</translation>
    </message>
</context>
<context>
    <name>pagesight::OpenCatalogDialog</name>
    <message>
        <location filename="../ui/OpenCatalogDialog.cpp" line="+31"/>
        <source>Open Catalog</source>
        <translation>Abrir catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File on this computer</source>
        <translation>Arquivo neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL server</source>
        <translation>Servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog file</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Catalog file:</source>
        <translation>Arquivo do &amp;catálogo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite file only this computer uses. A new catalog is made if the file does not exist.</source>
        <translation>Um arquivo SQLite que só este computador usa. Um catálogo novo é criado se o arquivo não existir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A catalog a team shares: a scheduled &lt;tt&gt;pagesight sync&lt;/tt&gt; writes it, and every analyst&apos;s app reads the same dashboards.</source>
        <translation>Um catálogo que a equipe compartilha: um &lt;tt&gt;pagesight sync&lt;/tt&gt; agendado o grava, e o aplicativo de cada analista lê os mesmos painéis.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lower-case letters, digits and underscores. Made on the server if it does not exist.</source>
        <translation>Letras minúsculas, dígitos e sublinhados. Criado no servidor se não existir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefer encryption (default)</source>
        <translation>Preferir criptografia (padrão)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require encryption</source>
        <translation>Exigir criptografia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require, and check the certificate authority</source>
        <translation>Exigir e verificar a autoridade certificadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require, and check the server&apos;s name</source>
        <translation>Exigir e verificar o nome do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never encrypt</source>
        <translation>Nunca criptografar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>vazia: de PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the password in the system keychain</source>
        <translation>Guardar a senha no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Esquema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>C&amp;riptografia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The command line reaches the same catalog with:</source>
        <translation>A linha de comando chega ao mesmo catálogo com:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a catalog file.</source>
        <translation>Escolha um arquivo de catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in the host, the database and the user.</source>
        <translation>Preencha o host, o banco de dados e o usuário.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a Catalog File</source>
        <translation>Escolher um arquivo de catálogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogs (*.sqlite *.db);;All files (*)</source>
        <translation>Catálogos (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>pagesight::OrganizationPage</name>
    <message>
        <location filename="../ui/wizard/OrganizationPage.cpp" line="+25"/>
        <source>Organization %1</source>
        <translation>Organização %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization and start date</source>
        <translation>Organização e data inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which LinkedIn Page to sync, and from which day.</source>
        <translation>Qual Página do LinkedIn sincronizar e a partir de que dia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization ID</source>
        <translation>ID da organização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12345678, urn:li:organization:12345678 or the page&apos;s admin URL</source>
        <translation>12345678, urn:li:organization:12345678 ou a URL de administração da página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization&apos;s numeric ID, its URN, or the address of its admin page. The list offers the pages you administer.</source>
        <translation>O ID numérico da organização, a URN dela ou o endereço da página de administração. A lista oferece as páginas que você administra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization name</source>
        <translation>Nome da organização</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization problem</source>
        <translation>Problema com a organização</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>How do I find the ID?</source>
        <translation>Como encontro o ID?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to find the organization ID</source>
        <translation>Como encontrar o ID da organização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;ul style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;&lt;b&gt;Admin URL&lt;/b&gt;: open your page as an administrator. The address reads linkedin.com/company/&lt;b&gt;12345678&lt;/b&gt;/admin/&amp;hellip; &amp;mdash; paste the whole address here.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Page source&lt;/b&gt;: on the public page, view the page source and search for &lt;i&gt;urn:li:organization:&lt;/i&gt; &amp;mdash; the number after it is the ID.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Campaign Manager&lt;/b&gt;: the ad account&apos;s settings show the LinkedIn Page it is associated with, and its ID.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left: 0px; -qt-list-indent: 1;&quot;&gt;&lt;li&gt;&lt;b&gt;URL de administração&lt;/b&gt;: abra a sua página como administrador. O endereço é linkedin.com/company/&lt;b&gt;12345678&lt;/b&gt;/admin/&amp;hellip; &amp;mdash; cole o endereço inteiro aqui.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Código-fonte da página&lt;/b&gt;: na página pública, exiba o código-fonte e procure &lt;i&gt;urn:li:organization:&lt;/i&gt; &amp;mdash; o número depois disso é o ID.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Campaign Manager&lt;/b&gt;: as configurações da conta de anúncios mostram a Página do LinkedIn associada a ela e o ID dessa página.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Start date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The earliest day to sync. Posts published before it are not synced.</source>
        <translation>O primeiro dia a sincronizar. Publicações anteriores a ele não são sincronizadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date problem</source>
        <translation>Problema com a data inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date notes</source>
        <translation>Observações sobre a data inicial</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Data inicial:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>LinkedIn has no organization with the ID %1. Check the number in the page&apos;s admin URL.</source>
        <translation>O LinkedIn não tem nenhuma organização com o ID %1. Verifique o número na URL de administração da página.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn refused to show organization %1: the signed-in member is not an administrator of this page, or the token lacks the rw_organization_admin scope.</source>
        <translation>O LinkedIn se recusou a mostrar a organização %1: o membro conectado não é administrador desta página ou o token não tem o escopo rw_organization_admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn did not accept the access token. Go back to Authorization and sign in again or paste a new token.</source>
        <translation>O LinkedIn não aceitou o token de acesso. Volte para Autorização e entre novamente ou cole um novo token.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not look the organization up. %1 You can go on; the first sync will check it again.</source>
        <translation>Não foi possível consultar a organização. %1 Você pode continuar; a primeira sincronização vai verificá-la de novo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking for “%1” among the pages you administer…</source>
        <translation>Procurando “%1” entre as páginas que você administra…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up organization %1…</source>
        <translation>Consultando a organização %1…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The organization cannot be looked up before the access token is verified. You can go on; the first sync will check it.</source>
        <translation>A organização não pode ser consultada antes de o token de acesso ser verificado. Você pode continuar; a primeira sincronização vai verificá-la.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Organization %1 (LinkedIn gave no name)</source>
        <translation>Organização %1 (o LinkedIn não informou o nome)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>LinkedIn keeps daily reports (follower, page and share statistics) for 12 months: they will begin on %1. Posts go back to %2.</source>
        <translation>O LinkedIn guarda os relatórios diários (estatísticas de seguidores, da página e de compartilhamentos) por 12 meses: eles vão começar em %1. As publicações voltam até %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily data ends about 2 days before today: the newest day LinkedIn reports is %1.</source>
        <translation>Os dados diários terminam cerca de 2 dias antes de hoje: o dia mais recente informado pelo LinkedIn é %1.</translation>
    </message>
</context>
<context>
    <name>pagesight::PostEngagementTab</name>
    <message>
        <location filename="../ui/dashboard/PostEngagementTab.cpp" line="+40"/>
        <source>Impressions and engagement rate</source>
        <translation>Impressões e taxa de engajamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impressions</source>
        <translation>Impressões</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Engagement rate</source>
        <translation>Taxa de engajamento</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Double-click a post to open it on LinkedIn</source>
        <translation>Clique duas vezes em uma publicação para abri-la no LinkedIn</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Engagement rate by content type</source>
        <translation>Taxa de engajamento por tipo de conteúdo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mean per post</source>
        <translation>Média por publicação</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Statistics are each post&apos;s lifetime totals. The chart shows the posts with the most impressions (at most %1); double-click a post to open it on LinkedIn.</source>
        <translation>As estatísticas são os totais de toda a vida de cada publicação. O gráfico mostra as publicações com mais impressões (no máximo %1); clique duas vezes numa publicação para abri-la no LinkedIn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Posts:</source>
        <translation>Publicações:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions:</source>
        <translation>Impressões:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactions, comments and reposts:</source>
        <translation>Reações, comentários e republicações:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>All posts</source>
        <translation>Todas as publicações</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Best and worst posts</source>
        <translation>Melhores e piores publicações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best and worst %1</source>
        <translation>As %1 melhores e piores</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No web browser could be opened. The post is at %1 (select the address to copy it).</source>
        <translation>Nenhum navegador pôde ser aberto. A publicação está em %1 (selecione o endereço para copiá-lo).</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Engagement by content type</source>
        <translation>Engajamento por tipo de conteúdo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>posts published</source>
        <translation>publicações</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/PostEngagementTab.h" line="+26"/>
        <source>Post engagement</source>
        <translation>Engajamento das publicações</translation>
    </message>
</context>
<context>
    <name>pagesight::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System time zone (%1)</source>
        <translation>Fuso horário do sistema (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC (LinkedIn&apos;s timestamps)</source>
        <translation>UTC (os horários do LinkedIn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Insights dashboard counts each post&apos;s weekday and hour in this time zone. Choose the one where most of your audience lives. Periods stay in UTC days, as LinkedIn&apos;s daily statistics are.</source>
        <translation>O painel Insights conta o dia da semana e a hora de cada publicação neste fuso horário. Escolha aquele onde vive a maior parte do seu público. Os períodos continuam em dias UTC, como as estatísticas diárias do LinkedIn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
</context>
<context>
    <name>pagesight::RetentionDialog</name>
    <message>
        <location filename="../ui/settings/RetentionDialog.cpp" line="+24"/>
        <source>Data Retention</source>
        <translation>Retenção de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;LinkedIn&apos;s API terms limit how long its data may be kept. By a summary of its data storage requirements, page reporting data may be kept a year and organization social activity six months; check LinkedIn&apos;s current terms. &lt;b&gt;Keeping within them is your responsibility.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Set how many days each table keeps. Rows about older days are removed after each sync; the period counts from today. Post statistics, which have no day of their own, go when they were last fetched that long ago.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Os termos da API do LinkedIn limitam por quanto tempo seus dados podem ser guardados. Segundo um resumo dos requisitos de armazenamento de dados, os dados de relatórios da página podem ser guardados por um ano e a atividade social da organização por seis meses; confira os termos atuais do LinkedIn. &lt;b&gt;Respeitá-los é responsabilidade sua.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Defina quantos dias cada tabela guarda. Linhas sobre dias mais antigos são removidas após cada sincronização; o período conta a partir de hoje. As estatísticas de publicações, que não têm um dia próprio, saem quando foram buscadas pela última vez há esse tempo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retention per table</source>
        <translation>Retenção por tabela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Older rows now</source>
        <translation>Linhas mais antigas agora</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No source writes any table yet. Add a source first.</source>
        <translation>Nenhuma fonte escreve tabelas ainda. Adicione uma fonte primeiro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days %1 keeps</source>
        <translation>Dias que %1 guarda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove older rows?</source>
        <translation>Remover linhas mais antigas?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) are older than these periods. They will be removed after the next sync and cannot be restored, except by a full sync while LinkedIn still has them.</source>
        <translation>
            <numerusform>%n linha é mais antiga que esses períodos. Ela será removida após a próxima sincronização e não poderá ser recuperada, exceto por uma sincronização completa enquanto o LinkedIn ainda a tiver.</numerusform>
            <numerusform>%n linhas são mais antigas que esses períodos. Elas serão removidas após a próxima sincronização e não poderão ser recuperadas, exceto por uma sincronização completa enquanto o LinkedIn ainda as tiver.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save and Remove Later</source>
        <translation>Salvar e remover depois</translation>
    </message>
</context>
<context>
    <name>pagesight::ReviewPage</name>
    <message>
        <location filename="../ui/wizard/ReviewPage.cpp" line="+24"/>
        <source>The sample token does not expire.</source>
        <translation>O token de exemplo não expira.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s expiry is unknown (tokens from LinkedIn&apos;s generator last 60 days).</source>
        <translation>A validade do token é desconhecida (os tokens do gerador do LinkedIn valem 60 dias).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token expired on %1.</source>
        <translation>O token expirou em %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token expires on %1, within a day.</source>
        <translation>O token expira em %1, em menos de um dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires on %1, in a day.</source>
        <translation>O token expira em %1, daqui a um dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token expires on %1, in %2 days.</source>
        <translation>O token expira em %1, daqui a %2 dias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not renewed (a PKCE sign-in has no client secret): re-authorize the source before then.</source>
        <translation>Ele não é renovado (um login PKCE não tem segredo do cliente): reautorize a fonte antes disso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is renewed automatically until %1.</source>
        <translation>Ele é renovado automaticamente até %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the source before it is saved. Go back to change anything.</source>
        <translation>Confira a fonte antes de salvá-la. Volte para alterar o que quiser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of the source</source>
        <translation>Resumo da fonte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sync now when I finish</source>
        <translation>&amp;Sincronizar agora ao concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now when I finish</source>
        <translation>Sincronizar agora ao concluir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the source</source>
        <translation>Problema com a fonte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization</source>
        <translation>Autorização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization %1 (name not known)</source>
        <translation>Organização %1 (nome desconhecido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily reports begin on %1 (LinkedIn keeps 12 months); posts go back to the start date.</source>
        <translation>Os relatórios diários começam em %1 (o LinkedIn guarda 12 meses); as publicações voltam até a data inicial.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Streams</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn API</source>
        <translation>API do LinkedIn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, version %2, then LinkedIn&apos;s current version</source>
        <translation>%1, versão %2, depois a versão atual do LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 (pinned)</source>
        <translation>%1, versão %2 (fixada)</translation>
    </message>
</context>
<context>
    <name>pagesight::RunHistoryModel</name>
    <message>
        <location filename="../ui/sources/RunHistoryModel.cpp" line="+79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>pagesight::SampleData</name>
    <message>
        <location filename="../core/app/SampleData.cpp" line="+49"/>
        <source>Sample organization</source>
        <translation>Organização de exemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample data</source>
        <translation>Dados de exemplo</translation>
    </message>
</context>
<context>
    <name>pagesight::SetupWizard</name>
    <message>
        <location filename="../ui/wizard/SetupWizard.cpp" line="+30"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Set up a LinkedIn source</source>
        <translation>Configurar uma fonte do LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit source</source>
        <translation>Editar fonte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-authorize</source>
        <translation>Autorizar novamente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discard this new source?</source>
        <translation>Descartar esta nova fonte?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to this source?</source>
        <translation>Descartar as alterações nesta fonte?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you entered in this wizard is lost; nothing is saved.</source>
        <translation>O que você informou neste assistente será perdido; nada é salvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuar editando</translation>
    </message>
</context>
<context>
    <name>pagesight::SourceDetailPane</name>
    <message>
        <location filename="../ui/sources/SourceDetailPane.cpp" line="+89"/>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel sync</source>
        <translation>Cancelar sincronização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-authorize…</source>
        <translation>Autorizar novamente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Run history</source>
        <translation>Histórico de execuções</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Streams of the selected run</source>
        <translation>Fluxos da execução selecionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests</source>
        <translation>Requisições</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The access token expired on %1. Re-authorize to keep syncing.</source>
        <translation>O token de acesso expirou em %1. Autorize novamente para continuar sincronizando.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The access token expires on %1 (in %n day(s)). Re-authorize before then to keep syncing.</source>
        <translation>
            <numerusform>O token de acesso expira em %1 (daqui a %n dia). Autorize novamente antes disso para continuar sincronizando.</numerusform>
            <numerusform>O token de acesso expira em %1 (daqui a %n dias). Autorize novamente antes disso para continuar sincronizando.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The refresh token expired on %1. Sign in with LinkedIn again to keep syncing.</source>
        <translation>O token de atualização expirou em %1. Entre com o LinkedIn novamente para continuar sincronizando.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The refresh token expires on %1 (in %n day(s)); after that, sign in with LinkedIn again.</source>
        <translation>
            <numerusform>O token de atualização expira em %1 (daqui a %n dia); depois disso, entre com o LinkedIn novamente.</numerusform>
            <numerusform>O token de atualização expira em %1 (daqui a %n dias); depois disso, entre com o LinkedIn novamente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No source selected</source>
        <translation>Nenhuma fonte selecionada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · data from %2 · streams: %3</source>
        <translation>%1 · dados desde %2 · fluxos: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule: %1</source>
        <translation>Agendamento: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next run %1</source>
        <translation>próxima execução %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn rejected this source&apos;s access token. Re-authorize it to sync again.</source>
        <translation>O LinkedIn rejeitou o token de acesso desta fonte. Autorize-a novamente para voltar a sincronizar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+57"/>
        <source>retrying in %1 s (HTTP %2)</source>
        <translation>nova tentativa em %1 s (HTTP %2)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 requests · %3</source>
        <translation>%1/%2 requisições · %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>retrying in %1 s (no answer)</source>
        <translation>nova tentativa em %1 s (sem resposta)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>pagesight::SourceDetailsPage</name>
    <message>
        <location filename="../ui/wizard/SourceDetailsPage.cpp" line="+33"/>
        <source>Source details</source>
        <translation>Detalhes da fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for the source in the Sources list, and when it syncs.</source>
        <translation>Um nome para a fonte na lista de Fontes e quando ela sincroniza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this source is, in a few words</source>
        <translation>O que é esta fonte, em poucas palavras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description problem</source>
        <translation>Problema com a descrição</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When to sync</source>
        <translation>Quando sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual only</source>
        <translation>Somente manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N hours</source>
        <translation>A cada N horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily at a time</source>
        <translation>Diariamente, em um horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on a day at a time</source>
        <translation>Semanalmente, em um dia e horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled syncs run while Pagesight is open; a missed one runs at the next start.</source>
        <translation>As sincronizações agendadas rodam enquanto o Pagesight está aberto; uma que foi perdida roda na próxima inicialização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours between syncs</source>
        <translation>Horas entre as sincronizações</translation>
    </message>
    <message>
        <location line="+135"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> day</source>
        <translation> dia</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Day of the week</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time of day</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In this computer&apos;s time zone</source>
        <translation>No fuso horário deste computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also run a &amp;full sync every</source>
        <translation>Também fazer uma sincronização &amp;completa a cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run a periodic full sync</source>
        <translation>Também fazer uma sincronização completa periódica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On top of the incremental runs, re-fetch everything now and then: it picks up late revisions and removes posts deleted on LinkedIn.</source>
        <translation>Além das execuções incrementais, buscar tudo de novo de tempos em tempos: isso traz revisões tardias e remove publicações excluídas no LinkedIn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days between full syncs</source>
        <translation>Dias entre as sincronizações completas</translation>
    </message>
    <message>
        <location line="+115"/>
        <source> hour</source>
        <translation> hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ync:</source>
        <translation>&amp;Sincronizar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;A cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On:</source>
        <translation>&amp;No dia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;Horário:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Organization %1</source>
        <translation>Organização %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — LinkedIn page</source>
        <translation>%1 — página do LinkedIn</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The description is %1 characters long; at most %2 fit. Shorten it to go on.</source>
        <translation>A descrição tem %1 caracteres; cabem no máximo %2. Encurte-a para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a description: it names the source in the Sources list.</source>
        <translation>Informe uma descrição: ela dá nome à fonte na lista de Fontes.</translation>
    </message>
</context>
<context>
    <name>pagesight::SourceListModel</name>
    <message>
        <location filename="../ui/sources/SourceListModel.cpp" line="+77"/>
        <source>(no description)</source>
        <translation>(sem descrição)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never synced</source>
        <translation>Nunca sincronizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After re-authorization</source>
        <translation>Após nova autorização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The rows of the source&apos;s organization stored in its tables. What each run wrote is in its history.</source>
        <translation>As linhas da organização da fonte guardadas nas tabelas dela. O que cada execução gravou está no histórico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows stored</source>
        <translation>Linhas guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next run</source>
        <translation>Próxima execução</translation>
    </message>
</context>
<context>
    <name>pagesight::SourcesPage</name>
    <message>
        <location filename="../ui/sources/SourcesPage.cpp" line="+103"/>
        <source>Welcome to Pagesight</source>
        <translation>Boas-vindas ao Pagesight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagesight copies your LinkedIn Organization Page — followers, page views, share statistics, posts and how each post did — into a catalog on this computer, and turns it into dashboards.

Start by adding a source: your page, the date to start from, and a way to sign in.</source>
        <translation>O Pagesight copia a Página da sua organização no LinkedIn — seguidores, visualizações de página, estatísticas de compartilhamentos, publicações e o desempenho de cada uma — para um catálogo neste computador e a transforma em painéis.

Comece adicionando uma fonte: a sua página, a data inicial e uma forma de entrar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a LinkedIn source…</source>
        <translation>Adicionar uma fonte do LinkedIn…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try with sample data</source>
        <translation>Experimentar com dados de exemplo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data comes from a simulated LinkedIn API inside Pagesight: no LinkedIn account or developer app needed. It is added as a source you can delete later.</source>
        <translation>Os dados de exemplo vêm de uma API simulada do LinkedIn dentro do Pagesight: não é preciso conta no LinkedIn nem app de desenvolvedor. Eles são adicionados como uma fonte que você pode excluir depois.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sync all</source>
        <translation>Sincronizar tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add source…</source>
        <translation>Adicionar fonte…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No catalog is open</source>
        <translation>Nenhum catálogo está aberto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Another Catalog…</source>
        <translation>Abrir outro catálogo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1

To go on, open another catalog (a file, or a team&apos;s catalog on a PostgreSQL server), or start Pagesight again once this one is free or repaired.</source>
        <translation>%1

Para continuar, abra outro catálogo (um arquivo, ou o catálogo de uma equipe em um servidor PostgreSQL), ou inicie o Pagesight de novo quando este estiver livre ou reparado.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Last sync: %1 — %2</source>
        <translation>Última sincronização: %1 — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sample Data</source>
        <translation>Dados de exemplo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The sample data server could not be started: no port on this computer&apos;s loopback interface could be opened.</source>
        <translation>Não foi possível iniciar o servidor de dados de exemplo: nenhuma porta da interface de loopback deste computador pôde ser aberta.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Source Not Deleted</source>
        <translation>Fonte não excluída</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source Not Saved</source>
        <translation>Fonte não salva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Token Not Stored</source>
        <translation>Token não armazenado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The source was saved, but its token could not be stored in the keychain: %1</source>
        <translation>A fonte foi salva, mas não foi possível armazenar o token dela no chaveiro: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>pagesight::StreamsPage</name>
    <message>
        <location filename="../ui/wizard/StreamsPage.cpp" line="+22"/>
        <location line="+9"/>
        <source>Streams</source>
        <translation>Fluxos</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>What to sync. Each stream becomes a table in the catalog.</source>
        <translation>O que sincronizar. Cada fluxo vira uma tabela no catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter streams</source>
        <translation>Filtrar fluxos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: type a stream&apos;s name</source>
        <translation>Filtro: digite o nome de um fluxo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it holds</source>
        <translation>O que contém</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select or clear every stream in this group</source>
        <translation>Marcar ou desmarcar todos os fluxos deste grupo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter result</source>
        <translation>Resultado do filtro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams problem</source>
        <translation>Problema com os fluxos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post Statistics needs Organization Posts: choosing it chooses both. Hover over a stream to read more about it.</source>
        <translation>Estatísticas de publicações requer Publicações da organização: escolher o primeiro escolhe os dois. Passe o mouse sobre um fluxo para saber mais sobre ele.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>No stream matches “%1”.</source>
        <translation>Nenhum fluxo corresponde a “%1”.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose at least one stream to go on.</source>
        <translation>Escolha pelo menos um fluxo para continuar.</translation>
    </message>
</context>
<context>
    <name>pagesight::SyncController</name>
    <message>
        <location filename="../core/app/SyncController.cpp" line="+106"/>
        <source>The source no longer exists.</source>
        <translation>A fonte não existe mais.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for the sync started at %1 by process %2 to finish…</source>
        <translation>Aguardando o fim da sincronização iniciada em %1 pelo processo %2…</translation>
    </message>
</context>
<context>
    <name>pagesight::TableListModel</name>
    <message>
        <location filename="../ui/catalog/TableListModel.cpp" line="-113"/>
        <source>Bookkeeping</source>
        <translation>Controle interno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stream data</source>
        <translation>Dados de fluxo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept by Pagesight: sources, bookmarks, run history and labels. Not LinkedIn data.</source>
        <translation>Mantida pelo Pagesight: fontes, marcadores, histórico de execuções e rótulos. Não são dados do LinkedIn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stream&apos;s status in the last sync: %1</source>
        <translation>Status do fluxo na última sincronização: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Última sincronização</translation>
    </message>
</context>
</TS>
