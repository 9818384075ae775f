<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Uso:
  pagesight                                   abre o aplicativo de desktop
  pagesight sync --org ID --start AAAA-MM-DD --catalog ARQUIVO [--streams a,b,...]
                 [--full-table a,b,...] [--table-prefix P] [--api-base URL] [--api-version AAAAMM]
                 [--oauth-base URL] [--lookback-days N] [--json]
  pagesight sync --source NOME [--catalog ARQUIVO] [--json]  uma fonte configurada no aplicativo
  pagesight report NOME --catalog ARQUIVO [--format csv|json|table] [--org ID] [--table-prefix P]
  pagesight query --catalog ARQUIVO &quot;SELECT ...&quot; [--format csv|json|table]
  pagesight sandbox [--port N] [--posts N] [--days N] [--latency-ms N] [--faults ESPEC]

Fluxos: follower_statistics, page_statistics, share_statistics, organization_posts, post_statistics
Relatórios: post-engagement, follower-growth, visitor-demographics (e -function, -industry, -country,
            -region, -company-size)

O token de acesso vem de LINKEDIN_ACCESS_TOKEN ou, com --source, do chaveiro; nunca de um
argumento. O progresso vai para stderr. Códigos de saída: 0 concluído, 1 parcial, 2 entrada
inválida, 3 autorização, 4 falha da API ou da rede depois de novas tentativas.
</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSync.cpp" line="+179"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No source named &quot;%1&quot; in %2.</source>
        <translation>Nenhuma fonte chamada &quot;%1&quot; em %2.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../core/common/ErrorText.cpp" line="+19"/>
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
        <location line="+7"/>
        <source>LinkedIn found nothing at %1. Check the organization ID.</source>
        <translation>O LinkedIn não encontrou nada em %1. Verifique o ID da organização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn no longer serves API version %1. Choose a newer LinkedIn-Version (YYYYMM) in the source&apos;s Advanced settings, or with --api-version.</source>
        <translation>O LinkedIn não atende mais à versão %1 da API. Escolha uma LinkedIn-Version mais recente (AAAAMM) nas configurações avançadas da fonte ou com --api-version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn kept asking to slow down (HTTP 429) for %1. Try again later.</source>
        <translation>O LinkedIn continuou pedindo para reduzir o ritmo (HTTP 429) em %1. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+11"/>
        <source>Cannot open the catalog %1: the folder does not exist or is not writable.</source>
        <translation>Não é possível abrir o catálogo %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+31"/>
        <source>&quot;%1&quot; is not a valid table name: use letters, digits and underscores, starting with a letter or underscore, at most 63 characters.</source>
        <translation>&quot;%1&quot; não é um nome de tabela válido: use letras, dígitos e sublinhados, começando com uma letra ou um sublinhado, com no máximo 63 caracteres.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The table %1 exists but has different columns. Choose another table name.</source>
        <translation>A tabela %1 já existe, mas com outras colunas. Escolha outro nome de tabela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The catalog could not be updated: %1</source>
        <translation>Não foi possível atualizar o catálogo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&quot;%1&quot; is not a stream. The streams are follower_statistics, page_statistics, share_statistics, organization_posts and post_statistics.</source>
        <translation>&quot;%1&quot; não é um fluxo. Os fluxos são follower_statistics, page_statistics, share_statistics, organization_posts e post_statistics.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&quot;%1&quot; is not a LinkedIn API version: use YYYYMM, for example 202601.</source>
        <translation>&quot;%1&quot; não é uma versão da API do LinkedIn: use AAAAMM, por exemplo 202601.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an http or https URL.</source>
        <translation>&quot;%1&quot; não é uma URL http ou https.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the catalog at %1: the folder does not exist or is not writable.</source>
        <translation>Não é possível gravar o catálogo em %1: a pasta não existe ou não permite gravação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No access token. Set LINKEDIN_ACCESS_TOKEN in the environment, or set the source up in the app so the token is in the keychain.</source>
        <translation>Nenhum token de acesso. Defina LINKEDIN_ACCESS_TOKEN no ambiente ou configure a fonte no aplicativo para que o token fique no chaveiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description is longer than 140 characters.</source>
        <translation>A descrição tem mais de 140 caracteres.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/analytics/Reports.cpp" line="+201"/>
        <source>The report %1 cannot run on this catalog: %2</source>
        <translation>O relatório %1 não pode ser executado neste catálogo: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report %1 failed: %2</source>
        <translation>O relatório %1 falhou: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The query failed: %1</source>
        <translation>A consulta falhou: %1</translation>
    </message>
</context>
<context>
    <name>pagesight::SampleData</name>
    <message>
        <location filename="../ui/SampleData.cpp" line="+62"/>
        <source>Sample data</source>
        <translation>Dados de exemplo</translation>
    </message>
</context>
<context>
    <name>pagesight::SyncEngine</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncEngine.cpp" line="+236"/>
        <source>Synced %n row(s).</source>
        <translation>
            <numerusform>%n linha sincronizada.</numerusform>
            <numerusform>%n linhas sincronizadas.</numerusform>
        </translation>
    </message>
</context>
</TS>
