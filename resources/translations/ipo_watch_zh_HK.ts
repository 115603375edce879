<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Offer document — {name}</source>
        <translation>招股文件——{name}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在讀取 {name}…</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Printed words</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（沒有公司）</translation>
    </message>
    <message>
        <source>Keep with the offers</source>
        <translation>保存至招股資料</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>附加至：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be read: {reason}.</source>
        <translation>無法讀取 &lt;b&gt;{file}&lt;/b&gt;：{reason}。</translation>
    </message>
    <message>
        <source>no stock code</source>
        <translation>沒有股份代號</translation>
    </message>
    <message>
        <source>no issuer found</source>
        <translation>找不到發行人</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {issuer} ({code}), %n pages</source>
        <translation>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt; — {issuer}（{code}），共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>: not an offer document this app reads</source>
        <translation>：不是本程式可讀取的招股文件</translation>
    </message>
    <message>
        <source>Double-click to open the document at this page</source>
        <translation>按兩下在此頁開啟文件</translation>
    </message>
    <message>
        <source> — kept with the offers.</source>
        <translation>——已保存至招股資料。</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 日 {hours} 小時</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小時 {minutes} 分鐘</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分鐘</translation>
    </message>
</context>
<context>
    <name>OfferChecks</name>
    <message>
        <source>check the document: initial {initial} + reallocated {moved} Hong Kong offer shares is not the final {final} (page {page})</source>
        <translation>請核對文件：香港發售股份初步數目 {initial} 加重新分配 {moved}，不等於最終數目 {final}（第 {page} 頁）</translation>
    </message>
    <message>
        <source>check the document: no clawback is printed but the Hong Kong offer shares changed from {initial} to {final}</source>
        <translation>請核對文件：文件未載有回撥，但香港發售股份由 {initial} 股變為 {final} 股</translation>
    </message>
    <message>
        <source>check the document: the basis of allocation counts {total} valid applications (Pool A and B), the results print {printed} (page {page})</source>
        <translation>請核對文件：分配基準合共 {total} 份有效申請（甲組及乙組），配發結果則載 {printed} 份（第 {page} 頁）</translation>
    </message>
    <message>
        <source>check the document: stabilisation ended {ended}, but 30 days after applications closed ({closed}) is {expected}</source>
        <translation>請核對文件：穩定價格期於 {ended} 結束，但截止認購（{closed}）後第 30 日為 {expected}</translation>
    </message>
    <message>
        <source>check the document: a {months}-month lock-up from listing on {listing} ends {expected}, the document prints {printed}</source>
        <translation>請核對文件：由上市日 {listing} 起計 {months} 個月的禁售期應於 {expected} 屆滿，文件所載為 {printed}</translation>
    </message>
    <message>
        <source>the document is of stock {code}, not {want}: another company&apos;s document</source>
        <translation>文件屬於股份 {code}，而非 {want}：是另一家公司的文件</translation>
    </message>
    <message>
        <source>the document&apos;s issuer is {issuer}, not the expected company</source>
        <translation>文件的發行人是 {issuer}，並非預期的公司</translation>
    </message>
    <message>
        <source>the first pages name no stock code or issuer to check</source>
        <translation>首數頁沒有可核對的股份代號或發行人</translation>
    </message>
    <message>
        <source>check the document: the entry fee {fee} (page {page}) is not board lot {lot} × {price} × 1.010085 = {expected}</source>
        <translation>請核對文件：入場費 {fee}（第 {page} 頁）不等於每手 {lot} 股 × {price} × 1.010085 = {expected}</translation>
    </message>
    <message>
        <source>check the document: none of the expected labels was found</source>
        <translation>請核對文件：找不到任何預期的標示</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{language}: {value}</source>
        <translation>{language}：{value}</translation>
    </message>
    <message>
        <source>check the document: the English and Chinese {document} differ on {fact} ({values})</source>
        <translation>請核對文件：英文版與中文版{document}的「{fact}」不一致（{values}）</translation>
    </message>
</context>
<context>
    <name>OfferDocuments</name>
    <message>
        <source>Over-allotment option fully exercised</source>
        <translation>超額配股權已獲悉數行使</translation>
    </message>
    <message>
        <source>Over-allotment option partly exercised</source>
        <translation>超額配股權已獲部分行使</translation>
    </message>
    <message>
        <source>Over-allotment option lapsed</source>
        <translation>超額配股權已失效</translation>
    </message>
    <message>
        <source> ({shares} shares)</source>
        <translation>（{shares} 股）</translation>
    </message>
    <message>
        <source>; stabilisation ended {date}</source>
        <translation>；穩定價格期已於 {date} 結束</translation>
    </message>
    <message>
        <source>listed as {document}, but its headings say it is not one</source>
        <translation>披露易將其列為{document}，但文件標題顯示並非此類文件</translation>
    </message>
</context>
<context>
    <name>OfferFiles</name>
    <message>
        <source>the file is larger than the {megabytes} MB this app reads</source>
        <translation>檔案大於本程式可讀取的 {megabytes} MB</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>無法開啟檔案（{reason}）</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, more than the {most} this app reads</source>
        <translation>此 PDF 共 {pages} 頁，超過本程式可讀取的 {most} 頁</translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股份代號</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>發行人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>發售價</translation>
    </message>
    <message>
        <source>Lowest price of the range</source>
        <translation>發售價範圍下限</translation>
    </message>
    <message>
        <source>Maximum offer price</source>
        <translation>最高發售價</translation>
    </message>
    <message>
        <source>Board lot</source>
        <translation>每手股數</translation>
    </message>
    <message>
        <source>Entry fee (one lot)</source>
        <translation>入場費（一手）</translation>
    </message>
    <message>
        <source>Offer opens</source>
        <translation>開始招股</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>截止認購</translation>
    </message>
    <message>
        <source>Price determination</source>
        <translation>定價</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>配發結果</translation>
    </message>
    <message>
        <source>Dealings begin</source>
        <translation>開始買賣</translation>
    </message>
    <message>
        <source>Valid applications (HK)</source>
        <translation>有效申請（香港）</translation>
    </message>
    <message>
        <source>Successful applications (HK)</source>
        <translation>成功申請（香港）</translation>
    </message>
    <message>
        <source>HK public offer subscribed</source>
        <translation>香港公開發售認購倍數</translation>
    </message>
    <message>
        <source>One-lot success rate</source>
        <translation>一手中籤率</translation>
    </message>
    <message>
        <source>International offer subscribed</source>
        <translation>國際發售認購倍數</translation>
    </message>
    <message>
        <source>Placees</source>
        <translation>承配人</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>回撥</translation>
    </message>
    <message>
        <source>Gross proceeds</source>
        <translation>所得款項總額</translation>
    </message>
    <message>
        <source>Net proceeds</source>
        <translation>所得款項淨額</translation>
    </message>
    <message>
        <source>Cornerstone investors</source>
        <translation>基石投資者</translation>
    </message>
    <message>
        <source>Lock-ups</source>
        <translation>禁售期</translation>
    </message>
    <message>
        <source>Over-allotment option</source>
        <translation>超額配股權</translation>
    </message>
    <message>
        <source>Over-allotment shares</source>
        <translation>超額配發股份</translation>
    </message>
    <message>
        <source>Stabilisation ended</source>
        <translation>穩定價格期已結束</translation>
    </message>
    <message>
        <source>Offer shares</source>
        <translation>發售股份</translation>
    </message>
    <message>
        <source>Hong Kong offer shares</source>
        <translation>香港發售股份</translation>
    </message>
    <message>
        <source>International offer shares</source>
        <translation>國際發售股份</translation>
    </message>
    <message>
        <source>HK shares initially</source>
        <translation>香港初步股份</translation>
    </message>
    <message>
        <source>HK shares reallocated</source>
        <translation>香港重新分配股份</translation>
    </message>
    <message>
        <source>HK shares finally</source>
        <translation>香港最終股份</translation>
    </message>
    <message>
        <source>International shares finally</source>
        <translation>國際最終股份</translation>
    </message>
    <message>
        <source>Allocation mechanism</source>
        <translation>分配機制</translation>
    </message>
    <message>
        <source>Has an over-allotment option</source>
        <translation>設有超額配股權</translation>
    </message>
    <message>
        <source>Shares over-allocated</source>
        <translation>超額分配股份</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>Allotment results</source>
        <translation>配發結果</translation>
    </message>
    <message>
        <source>End of stabilisation</source>
        <translation>穩定價格期結束</translation>
    </message>
    <message>
        <source>Prospectus</source>
        <translation>招股章程</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已公佈</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>招股中</translation>
    </message>
    <message>
        <source>Listing soon</source>
        <translation>即將上市</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>controlling shareholders</source>
        <translation>控股股東</translation>
    </message>
    <message>
        <source>cornerstone investors</source>
        <translation>基石投資者</translation>
    </message>
    <message>
        <source>pre-IPO investors</source>
        <translation>首次公開招股前投資者</translation>
    </message>
    <message>
        <source>existing shareholders</source>
        <translation>現有股東</translation>
    </message>
    <message>
        <source>the Company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>key persons</source>
        <translation>關鍵人士</translation>
    </message>
    <message>
        <source>pathfinder investors</source>
        <translation>先導投資者</translation>
    </message>
    <message>
        <source>{times}×</source>
        <translation>{times} 倍</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{date} {time} HKT</source>
        <translation>{date} {time}（香港時間）</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}至{high}</translation>
    </message>
    <message>
        <source>up to {price}</source>
        <translation>最高 {price}</translation>
    </message>
    <message>
        <source>{hk} % / {intl} %</source>
        <translation>香港 {hk}% / 國際 {intl}%</translation>
    </message>
    <message>
        <source>{percent} HK</source>
        <translation>香港 {percent}</translation>
    </message>
    <message>
        <source>Mechanism {value}</source>
        <translation>機制 {value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{name} ({shares})</source>
        <translation>{name}（{shares}）</translation>
    </message>
    <message>
        <source>{group}: {shares} until {date}</source>
        <translation>{group}：{shares} 股，至 {date}</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>No offer documents read for this company yet.</source>
        <translation>暫未讀取這家公司的招股文件。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Printed words</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>applications close in {left} (brokers close earlier)</source>
        <translation>{left}後截止認購（經紀會較早截止）</translation>
    </message>
    <message>
        <source>first day {pct} against the offer</source>
        <translation>首日較發售價 {pct}</translation>
    </message>
    <message>
        <source>latest {pct}</source>
        <translation>最新 {pct}</translation>
    </message>
    <message>
        <source>{shares} shares until {date}</source>
        <translation>{shares} 股，至 {date}</translation>
    </message>
    <message>
        <source> (estimate: listing + 6 months − 1 day)</source>
        <translation>（估算：上市日 + 6 個月 − 1 日）</translation>
    </message>
    <message>
        <source>Lock-up: {group}</source>
        <translation>禁售期：{group}</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>招股</translation>
    </message>
</context>
<context>
    <name>OfferReminders</name>
    <message>
        <source>{issuer} ({code})</source>
        <translation>{issuer}（{code}）</translation>
    </message>
    <message>
        <source>Applications for {name} close in {hours} h, at {time} HKT (brokers close earlier)</source>
        <translation>{name} 將於 {hours} 小時後截止認購，截止時間為香港時間 {time}（經紀會提早截止）</translation>
    </message>
    <message>
        <source>; entry fee {fee}</source>
        <translation>；入場費 {fee}</translation>
    </message>
    <message>
        <source>{name} begins trading today at an offer price of {price}</source>
        <translation>{name} 今日開始買賣，發售價 {price}</translation>
    </message>
    <message>
        <source>{name} begins trading today</source>
        <translation>{name} 今日開始買賣</translation>
    </message>
    <message>
        <source>Lock-up of {shares} shares of {group} in {name} ends {date}</source>
        <translation>{name}{group}所持 {shares} 股的禁售期於 {date} 屆滿</translation>
    </message>
    <message>
        <source>Lock-up of {group} in {name} ends {date}</source>
        <translation>{name}{group}的禁售期於 {date} 屆滿</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價格</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>每手</translation>
    </message>
    <message>
        <source>Entry fee</source>
        <translation>入場費</translation>
    </message>
    <message>
        <source>HK / intl</source>
        <translation>香港／國際</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>機制</translation>
    </message>
    <message>
        <source>HK subscribed</source>
        <translation>香港認購倍數</translation>
    </message>
    <message>
        <source>One-lot success</source>
        <translation>一手中籤率</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>回撥</translation>
    </message>
    <message>
        <source>First day vs offer</source>
        <translation>首日較發售價</translation>
    </message>
    <message>
        <source>Latest vs offer</source>
        <translation>最新較發售價</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>禁售期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核對</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>招股中</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已公佈</translation>
    </message>
    <message>
        <source>Listing soon</source>
        <translation>即將上市</translation>
    </message>
    <message>
        <source>Recently listed</source>
        <translation>新近上市</translation>
    </message>
    <message>
        <source>Lock-ups ending soon</source>
        <translation>即將屆滿的禁售期</translation>
    </message>
    <message>
        <source>Documents to check</source>
        <translation>待核對的文件</translation>
    </message>
    <message>
        <source>Lock-up ends</source>
        <translation>禁售期屆滿</translation>
    </message>
    <message>
        <source>{group}: {shares} (estimate)</source>
        <translation>{group}：{shares}（估算）</translation>
    </message>
    <message>
        <source>{group}: {shares}</source>
        <translation>{group}：{shares}</translation>
    </message>
    <message>
        <source>⚠ check the document</source>
        <translation>⚠ 請核對文件</translation>
    </message>
    <message>
        <source>Filter by company or code</source>
        <translation>按公司或代號篩選</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>加入關注列表</translation>
    </message>
    <message>
        <source>Open document…</source>
        <translation>開啟文件…</translation>
    </message>
    <message>
        <source>Reading the offers…</source>
        <translation>正在讀取招股資料…</translation>
    </message>
    <message>
        <source>Times are Hong Kong time as the documents print them; brokers close their own application lists earlier.</source>
        <translation>時間為文件所載的香港時間；經紀會較早截止其認購。</translation>
    </message>
    <message>
        <source>Could not read the offers: {exc}</source>
        <translation>無法讀取招股資料：{exc}</translation>
    </message>
    <message>
        <source>{shown} entries; {problems} documents to check.</source>
        <translation>{shown} 項；{problems} 份文件待核對。</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未讀取</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>未能確認</translation>
    </message>
    <message>
        <source>No offers read yet: they appear when HKEX publishes a formal notice.</source>
        <translation>暫未讀取任何招股：港交所刊發正式通告後便會顯示。</translation>
    </message>
    <message>
        <source>Open an offer document</source>
        <translation>開啟招股文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>招股</translation>
    </message>
    <message>
        <source>Open &amp;document…</source>
        <translation>開啟文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Read an HKEX offer document (PDF) and show what it says</source>
        <translation>讀取港交所招股文件（PDF）並顯示其內容</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>“{address}” is not a PostgreSQL address: it should look like postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>「{address}」不是 PostgreSQL 位址：格式應為 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The database address names no server (postgresql://USER@HOST/DB).</source>
        <translation>資料庫位址未有指明伺服器（postgresql://USER@HOST/DB）。</translation>
    </message>
    <message>
        <source>The database address names no database (…/DATABASE at the end).</source>
        <translation>資料庫位址未有指明資料庫（結尾的 …/DATABASE）。</translation>
    </message>
    <message>
        <source>This desktop uses the team database {account}: it is backed up on the server, with pg_dump (for example: pg_dump -Fc -h {host} -p {port} -U {user} -f ipo-watch.dump {name}), not by copying a file here. File › Export still saves the watchlist and events as JSON or CSV.</source>
        <translation>這部電腦使用團隊資料庫 {account}：備份在伺服器上以 pg_dump 進行（例如：pg_dump -Fc -h {host} -p {port} -U {user} -f ipo-watch.dump {name}），而非在此複製檔案。「檔案 › 匯出」仍可將關注列表及事件儲存為 JSON 或 CSV。</translation>
    </message>
    <message>
        <source>The team database at {where} refused the password for {user}. Enter it again in Preferences › Team database (it is kept in the system keyring), or set PGPASSWORD or ~/.pgpass.</source>
        <translation>位於 {where} 的團隊資料庫拒絕了 {user} 的密碼。請在「偏好設定 › 團隊資料庫」重新輸入（密碼存於系統密碼匙圈），或設定 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The team database at {where} asks for a password for {user}, and none was found (PGPASSWORD, ~/.pgpass or the system keyring).</source>
        <translation>位於 {where} 的團隊資料庫要求 {user} 的密碼，但找不到（PGPASSWORD、~/.pgpass 或系統密碼匙圈）。</translation>
    </message>
    <message>
        <source>The server {where} has no database named {name}. The team admin creates it with: CREATE DATABASE {name} OWNER {user};</source>
        <translation>伺服器 {where} 沒有名為 {name} 的資料庫。團隊管理員可用以下指令建立：CREATE DATABASE {name} OWNER {user};</translation>
    </message>
    <message>
        <source>The secure connection to the team database at {where} failed: {first}</source>
        <translation>與位於 {where} 的團隊資料庫的加密連線失敗：{first}</translation>
    </message>
    <message>
        <source>The team database server {where} cannot be reached ({first}). Is it running, and is this computer on its network?</source>
        <translation>無法連線到團隊資料庫伺服器 {where}（{first}）。伺服器是否正在運行？這部電腦是否在同一網絡？</translation>
    </message>
    <message>
        <source>The team database at {where} could not be used: {first}</source>
        <translation>無法使用位於 {where} 的團隊資料庫：{first}</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>此用戶</translation>
    </message>
    <message>
        <source>Connected. The database is empty: the app will set it up.</source>
        <translation>已連線。資料庫是空的：程式會自行設定。</translation>
    </message>
    <message>
        <source>Connected. It holds {companies} companies and {events} events (schema {revision}).</source>
        <translation>已連線。資料庫有 {companies} 家公司及 {events} 項事件（結構 {revision}）。</translation>
    </message>
    <message>
        <source>The copy goes into a team database on a PostgreSQL server.</source>
        <translation>副本會複製到 PostgreSQL 伺服器上的團隊資料庫。</translation>
    </message>
    <message>
        <source>The team database already holds a watchlist: only an empty one can take this desktop&apos;s data. Nothing was copied.</source>
        <translation>團隊資料庫已有關注列表：只有空的資料庫才可接收這部電腦的資料。未有複製任何資料。</translation>
    </message>
    <message>
        <source>The copy of {table} holds {found} rows instead of {expected}: nothing was copied.</source>
        <translation>{table} 的副本有 {found} 行，而非 {expected} 行：未有複製任何資料。</translation>
    </message>
    <message>
        <source>The connection to the team database was lost: {exc}</source>
        <translation>與團隊資料庫的連線已中斷：{exc}</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>團隊資料庫</translation>
    </message>
    <message>
        <source>Share one watchlist between desktops: point this desktop at a PostgreSQL database on your team&apos;s server. Each person keeps their own read state, notifications and quiet hours.</source>
        <translation>在多部電腦之間共用一份關注列表：將這部電腦指向團隊伺服器上的 PostgreSQL 資料庫。每人各自保留已讀狀態、通知及免打擾時段。</translation>
    </message>
    <message>
        <source>from the system keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>來自系統密碼匙圈、PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>將密碼存於系統密碼匙圈</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Copy this desktop&apos;s data into it (only into an empty database)</source>
        <translation>將這部電腦的資料複製過去（只限空的資料庫）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Switch to it</source>
        <translation>切換至此資料庫</translation>
    </message>
    <message>
        <source>Use this desktop&apos;s own database</source>
        <translation>使用這部電腦自己的資料庫</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring ({exc}). Set PGPASSWORD or ~/.pgpass on this computer instead.</source>
        <translation>無法將密碼存入系統密碼匙圈（{exc}）。請改為在這部電腦設定 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source> Copied {companies} companies and {events} events, every count checked.</source>
        <translation>已複製 {companies} 家公司及 {events} 項事件，每項數目均已核對。</translation>
    </message>
    <message>
        <source>This desktop uses {account} from its next start.{copied}</source>
        <translation>這部電腦會在下次啟動時使用 {account}。{copied}</translation>
    </message>
    <message>
        <source>Copying this desktop&apos;s data…</source>
        <translation>正在複製這部電腦的資料…</translation>
    </message>
    <message>
        <source>This desktop uses its own database from its next start.</source>
        <translation>這部電腦會在下次啟動時使用自己的資料庫。</translation>
    </message>
</context>
<context>
    <name>TeamProblemDialog</name>
    <message>
        <source>Team database</source>
        <translation>團隊資料庫</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Use this desktop&apos;s own database</source>
        <translation>使用這部電腦自己的資料庫</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
</context>
</TS>
