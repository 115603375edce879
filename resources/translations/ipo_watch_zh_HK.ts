<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>About</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>關於 {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Follows mainland Chinese tech companies on their way to a Hong Kong listing: HKEX application proofs and listing documents, the CSRC filing table, exchange announcements and news, in one timeline per company.&lt;/p&gt;&lt;p&gt;Facts come from the linked sources. This is not investment advice.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Data folder: {folder}&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;追蹤中國內地科技公司赴港上市的進程：港交所申請版本及上市文件、中證監備案公示表、交易所公告及新聞，每家公司一條時間線。&lt;/p&gt;&lt;p&gt;所有資料均來自所連結的來源。本程式不構成投資建議。&lt;/p&gt;&lt;p&gt;&lt;small&gt;資料存放資料夾：{folder}&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add company…</source>
        <translation>新增公司(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a company to the watchlist</source>
        <translation>將公司加入關注列表</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>編輯公司(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected company</source>
        <translation>編輯所選公司</translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation>刪除公司(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected company from the watchlist</source>
        <translation>從關注列表移除所選公司</translation>
    </message>
    <message>
        <source>&amp;Import watchlist…</source>
        <translation>匯入關注列表(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;watchlist…</source>
        <translation>匯出關注列表(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;events…</source>
        <translation>匯出事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Export key &amp;dates (.ics)…</source>
        <translation>匯出重要日期 (.ics)(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>備份(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up now or restore an earlier backup</source>
        <translation>立即備份或還原較早的備份</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Alerts, quiet hours, start at login</source>
        <translation>提示、免打擾時段、登入時啟動</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>篩選(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the watchlist</source>
        <translation>篩選關注列表</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the watchlist</source>
        <translation>重新載入關注列表</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一個分頁(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next tab</source>
        <translation>顯示下一個分頁</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>上一個分頁(&amp;V)</translation>
    </message>
    <message>
        <source>Show the previous tab</source>
        <translation>顯示上一個分頁</translation>
    </message>
    <message>
        <source>&amp;Watchlist</source>
        <translation>關注列表(&amp;W)</translation>
    </message>
    <message>
        <source>The companies you follow</source>
        <translation>你關注的公司</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>上市進度(&amp;P)</translation>
    </message>
    <message>
        <source>Every Hong Kong applicant seen</source>
        <translation>所有見到的香港上市申請人</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>資料來源(&amp;S)</translation>
    </message>
    <message>
        <source>Source health and schedule</source>
        <translation>資料來源狀態及排程</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提示(&amp;A)</translation>
    </message>
    <message>
        <source>Every alert, read and unread</source>
        <translation>所有提示，包括已讀及未讀</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>圖表(&amp;C)</translation>
    </message>
    <message>
        <source>The Hong Kong IPO market, companies compared</source>
        <translation>香港新股市場及公司比較</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>招股(&amp;O)</translation>
    </message>
    <message>
        <source>Hong Kong IPOs: open now, listing soon, lock-ups ending</source>
        <translation>香港新股：招股中、即將上市、禁售期屆滿</translation>
    </message>
    <message>
        <source>&amp;Poll all sources now</source>
        <translation>立即更新所有資料來源(&amp;P)</translation>
    </message>
    <message>
        <source>Ask every enabled source for news now</source>
        <translation>立即向所有已啟用的資料來源查詢最新消息</translation>
    </message>
    <message>
        <source>&amp;About IPO Pipeline Watch</source>
        <translation>關於 IPO Pipeline Watch(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>No alerts yet. You will be told here (and by a notification) when a watched company files something new.</source>
        <translation>暫無提示。關注的公司刊發新文件時，會在此（並以通知）告訴你。</translation>
    </message>
    <message>
        <source>No alerts match the filters.</source>
        <translation>沒有符合篩選條件的提示。</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>正在讀取提示…</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>開啟文件 ↗</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>只顯示未讀</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部標為已讀</translation>
    </message>
    <message>
        <source>{count} unread</source>
        <translation>{count} 項未讀</translation>
    </message>
    <message>
        <source>Could not load alerts: {reason}</source>
        <translation>無法載入提示：{reason}</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>Application Proof</source>
        <translation>申請版本</translation>
    </message>
    <message>
        <source>new Application Proof</source>
        <translation>新申請版本</translation>
    </message>
    <message>
        <source>PHIP</source>
        <translation>聆訊後資料集</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已被發回</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>Prospectus</source>
        <translation>招股章程</translation>
    </message>
    <message>
        <source>allotment results</source>
        <translation>配發結果</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>CSRC received</source>
        <translation>中證監已接收</translation>
    </message>
    <message>
        <source>CSRC request</source>
        <translation>中證監要求補充</translation>
    </message>
    <message>
        <source>CSRC comments</source>
        <translation>中證監徵求意見</translation>
    </message>
    <message>
        <source>CSRC notice</source>
        <translation>中證監備案通知書</translation>
    </message>
    <message>
        <source>A-share announcement</source>
        <translation>A股公告</translation>
    </message>
    <message>
        <source>news</source>
        <translation>新聞</translation>
    </message>
    <message>
        <source>price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>suggested round</source>
        <translation>建議的融資輪次</translation>
    </message>
    <message>
        <source>Unknown company</source>
        <translation>未知公司</translation>
    </message>
    <message>
        <source>{company}: {kind}</source>
        <translation>{company}：{kind}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation>及另外 {more} 項</translation>
    </message>
    <message>
        <source>%n new filing(s)</source>
        <translation>%n 份新文件</translation>
    </message>
    <message>
        <source>%n new alert(s)</source>
        <translation>%n 項新提示</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Daily backup failed: {reason}</source>
        <translation>每日備份失敗：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 位元組</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>A backup is made every day and the newest {keep} are kept, in:
{folder}</source>
        <translation>每日自動備份，並保留最新的 {keep} 份，存放於：
{folder}</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>已備份至 {name}。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}</source>
        <translation>無法還原此備份：{problem}</translation>
    </message>
    <message>
        <source> ({count} companies)</source>
        <translation>（{count} 家公司）</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>還原備份</translation>
    </message>
    <message>
        <source>Restore the backup of {when}{companies}?

The current database is kept next to it under another name, and the app will reload with the data of the backup. Changes made since the backup will not be shown.</source>
        <translation>要還原 {when} 的備份{companies}嗎？

目前的資料庫會以另一名稱保留在同一位置，程式會以備份的資料重新載入。備份之後所作的更改將不會顯示。</translation>
    </message>
</context>
<context>
    <name>CalendarIcs</name>
    <message>
        <source>Application Proof filed</source>
        <translation>已遞交申請版本</translation>
    </message>
    <message>
        <source>Application proof</source>
        <translation>申請版本</translation>
    </message>
    <message>
        <source>new Application Proof version</source>
        <translation>申請版本更新</translation>
    </message>
    <message>
        <source>listing hearing passed (PHIP posted)</source>
        <translation>已通過上市聆訊（已刊發聆訊後資料集）</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>聆訊</translation>
    </message>
    <message>
        <source>listed in Hong Kong</source>
        <translation>在香港上市</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>上市</translation>
    </message>
    <message>
        <source>{name}: Application Proof lapsed</source>
        <translation>{name}：申請版本已失效</translation>
    </message>
    <message>
        <source>The Application Proof lapsed six months after filing without a hearing (Listing Rule 9.03).</source>
        <translation>申請版本於遞表六個月後仍未通過聆訊，已告失效（《上市規則》第9.03條）。</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}：{what}</translation>
    </message>
    <message>
        <source>{name}: Application Proof lapses</source>
        <translation>{name}：申請版本失效</translation>
    </message>
    <message>
        <source>The live Application Proof lapses six months after filing unless a hearing is passed (Listing Rule 9.03).</source>
        <translation>除非通過聆訊，有效的申請版本會在遞表六個月後失效（《上市規則》第9.03條）。</translation>
    </message>
    <message>
        <source>Lapse date</source>
        <translation>失效日期</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>招股</translation>
    </message>
    <message>
        <source>IPO Pipeline Watch</source>
        <translation>IPO Pipeline Watch</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>將圖表儲存為 PNG 圖片</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV</source>
        <translation>將圖表背後的數字儲存為 CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <source>The chart could not be loaded: {reason}</source>
        <translation>無法載入圖表：{reason}</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>將圖表匯出為 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>將圖表數據匯出為 CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Could not save the file:
{reason}</source>
        <translation>無法儲存檔案：
{reason}</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Hong Kong IPO market</source>
        <translation>香港新股市場</translation>
    </message>
    <message>
        <source>Compare companies</source>
        <translation>比較公司</translation>
    </message>
    <message>
        <source>Oversubscription and first-day return</source>
        <translation>超額認購與首日回報</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>板塊</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>首次遞表</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <source>On watchlist</source>
        <translation>在關注列表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>頻率</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次錯誤</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次執行</translation>
    </message>
    <message>
        <source>Items seen</source>
        <translation>已見項目</translation>
    </message>
    <message>
        <source>New last poll</source>
        <translation>上次更新的新項目</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日數</translation>
    </message>
    <message>
        <source>Next expected step</source>
        <translation>預計下一步</translation>
    </message>
    <message>
        <source>The company&apos;s name in Chinese</source>
        <translation>公司中文名稱</translation>
    </message>
    <message>
        <source>Where the company stands on the way to a Hong Kong listing: reported, CSRC filing, application filed, hearing passed, offering, listed</source>
        <translation>公司在香港上市路上所處的階段：傳出上市計劃、向中證監備案、遞表、通過聆訊、招股、上市</translation>
    </message>
    <message>
        <source>The newest event seen for the company</source>
        <translation>公司最新的一項動態</translation>
    </message>
    <message>
        <source>Days in the current stage</source>
        <translation>處於目前階段的日數</translation>
    </message>
    <message>
        <source>What usually comes next, and when</source>
        <translation>通常的下一步及預計時間</translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Company added.</source>
        <translation>已新增公司。</translation>
    </message>
    <message>
        <source>Found %n earlier filing(s) for it.</source>
        <translation>找到 %n 份較早的文件。</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>已儲存公司。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>刪除公司</translation>
    </message>
    <message>
        <source>Delete “{name}” from the watchlist?</source>
        <translation>要從關注列表刪除「{name}」嗎？</translation>
    </message>
    <message>
        <source>It is removed together with {what}.</source>
        <translation>會連同{what}一併刪除。</translation>
    </message>
    <message>
        <source>It is removed together with nothing else.</source>
        <translation>不會連帶刪除其他資料。</translation>
    </message>
    <message>
        <source>Its filings stay in the pipeline, so you can add it back later, but what you typed yourself cannot be recovered (except from a backup).</source>
        <translation>其遞表記錄仍保留在上市進度中，日後可再加回；但您自行輸入的內容將無法復原（備份除外）。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Alerts paused until {moment}.</source>
        <translation>提示已暫停至 {moment}。</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>提示已恢復。</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>已儲存偏好設定。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登入時啟動</translation>
    </message>
    <message>
        <source>Could not change it: {reason}</source>
        <translation>無法更改：{reason}</translation>
    </message>
    <message>
        <source>Could not read the data: {reason}</source>
        <translation>無法讀取資料：{reason}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart IPO Pipeline Watch now?</source>
        <translation>新語言將於下次啟動時生效。現在重新啟動 IPO Pipeline Watch 嗎？</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新語言會在下次啟動時生效。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>* required. Everything else can stay empty until you know it.</source>
        <translation>* 為必填。其他欄位可留空，待得知後再填。</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>編輯公司</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>e.g. Mech-Mind Robotics Technologies</source>
        <translation>例如 Mech-Mind Robotics Technologies</translation>
    </message>
    <message>
        <source>e.g. 梅卡曼德</source>
        <translation>例如 梅卡曼德</translation>
    </message>
    <message>
        <source>One per line: other English or Chinese names, short names</source>
        <translation>每行一個：其他英文或中文名稱、簡稱</translation>
    </message>
    <message>
        <source>year, e.g. 2016</source>
        <translation>年份，例如 2016</translation>
    </message>
    <message>
        <source>after listing, e.g. 02513</source>
        <translation>上市後，例如 02513</translation>
    </message>
    <message>
        <source>first day of trading, YYYY-MM-DD</source>
        <translation>首個交易日，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Typed by you: with the HK code it makes the company “Listed” (shown as entered by you).</source>
        <translation>由你輸入：連同港股代號，公司會標示為「已上市」（顯示為由你輸入）。</translation>
    </message>
    <message>
        <source>HK$ per share, e.g. 116.20</source>
        <translation>每股港元，例如 116.20</translation>
    </message>
    <message>
        <source>6 digits, for A-share companies</source>
        <translation>6 位數字，適用於A股公司</translation>
    </message>
    <message>
        <source>comma separated, e.g. AI, robotics</source>
        <translation>以逗號分隔，例如 AI, 機械人</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名稱(&amp;N) *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文名稱(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>別名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>行業(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>總部(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>成立年份(&amp;F)</translation>
    </message>
    <message>
        <source>HK stock &amp;code</source>
        <translation>港股代號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Listing date</source>
        <translation>上市日期(&amp;L)</translation>
    </message>
    <message>
        <source>Offer &amp;price (HK$)</source>
        <translation>發售價（港元）(&amp;P)</translation>
    </message>
    <message>
        <source>A-share c&amp;ode</source>
        <translation>A股代號(&amp;O)</translation>
    </message>
    <message>
        <source>A-share &amp;exchange</source>
        <translation>A股交易所(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>標籤(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>筆記(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CompanyIdentity</name>
    <message>
        <source>HKEX New Listing Report</source>
        <translation>港交所新上市報告</translation>
    </message>
    <message>
        <source>HKEX application records</source>
        <translation>港交所申請記錄</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你輸入</translation>
    </message>
    <message>
        <source>Seed watchlist</source>
        <translation>初始關注列表</translation>
    </message>
    <message>
        <source>Transfer from GEM</source>
        <translation>由 GEM 轉往主板</translation>
    </message>
    <message>
        <source>De-SPAC transaction</source>
        <translation>特殊目的收購公司併購交易</translation>
    </message>
    <message>
        <source>By introduction</source>
        <translation>介紹形式上市</translation>
    </message>
    <message>
        <source>Not an IPO</source>
        <translation>並非首次公開招股</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未有列明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未有列明日期</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股份代號</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>發售價</translation>
    </message>
    <message>
        <source>Funds raised</source>
        <translation>集資額</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>保薦人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Official English name</source>
        <translation>官方英文名稱</translation>
    </message>
    <message>
        <source>Official Chinese name</source>
        <translation>官方中文名稱</translation>
    </message>
    <message>
        <source>HK stock code</source>
        <translation>港股代號</translation>
    </message>
</context>
<context>
    <name>CompanyIdentityPanel</name>
    <message>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <source>Learned from the exchange&apos;s records:</source>
        <translation>從交易所記錄得知：</translation>
    </message>
    <message>
        <source>, {date}</source>
        <translation>，{date}</translation>
    </message>
    <message>
        <source>{label}: {value}  ({where})</source>
        <translation>{label}：{value}（{where}）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget this: the app stops using it to match filings and will not learn it again.</source>
        <translation>忘記此項：程式不再用它配對文件，亦不會再次學習。</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>HKEX application proofs</source>
        <translation>港交所申請版本</translation>
    </message>
    <message>
        <source>HKEX new listings</source>
        <translation>港交所新上市</translation>
    </message>
    <message>
        <source>cninfo</source>
        <translation>巨潮資訊</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新聞</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Seed watchlist</source>
        <translation>初始關注列表</translation>
    </message>
    <message>
        <source>Suggested funding rounds</source>
        <translation>建議的融資輪次</translation>
    </message>
    <message>
        <source>HKEX offer documents (terms, results)</source>
        <translation>香港交易所招股文件（條款、結果）</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你輸入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>No notes. Edit the company (Ctrl+E) to add some.</source>
        <translation>沒有筆記。可編輯公司（Ctrl+E）加入。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>進度時間線</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Facts and aliases</source>
        <translation>資料及別名</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融資</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>招股</translation>
    </message>
    <message>
        <source>The company could not be read: {reason}</source>
        <translation>無法讀取這間公司的資料：{reason}</translation>
    </message>
    <message>
        <source>A-share {code} ({exchange})</source>
        <translation>A股 {code}（{exchange}）</translation>
    </message>
    <message>
        <source>founded {year}</source>
        <translation>{year} 年成立</translation>
    </message>
    <message>
        <source>No filings yet. The timeline fills in as sources are polled.</source>
        <translation>暫無文件。資料來源更新後，時間線便會填上。</translation>
    </message>
    <message>
        <source>Matched: {reason}</source>
        <translation>配對依據：{reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Aliases: {aliases}
Tags: {tags}</source>
        <translation>別名：{aliases}
標籤：{tags}</translation>
    </message>
    <message>
        <source>{source}, {date}</source>
        <translation>{source}，{date}</translation>
    </message>
    <message>
        <source>No facts recorded yet.</source>
        <translation>暫無資料記錄。</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>開啟文件 ↗</translation>
    </message>
</context>
<context>
    <name>CompanyRules</name>
    <message>
        <source>Shanghai</source>
        <translation>上海</translation>
    </message>
    <message>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>Beijing</source>
        <translation>北京</translation>
    </message>
    <message>
        <source>A Hong Kong stock code has 1 to 5 digits, e.g. 02513 or 700.</source>
        <translation>港股代號為 1 至 5 位數字，例如 02513 或 700。</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
    <message>
        <source>The name is longer than {MAX_NAME} characters.</source>
        <translation>名稱超過 {MAX_NAME} 個字元。</translation>
    </message>
    <message>
        <source>“{name}” is already on the watchlist.</source>
        <translation>「{name}」已在關注列表上。</translation>
    </message>
    <message>
        <source>The Chinese name should contain Chinese characters.</source>
        <translation>中文名稱應包含中文字。</translation>
    </message>
    <message>
        <source>“{name_zh}” is already on the watchlist.</source>
        <translation>「{name_zh}」已在關注列表上。</translation>
    </message>
    <message>
        <source>At most {MAX_ALIASES} aliases.</source>
        <translation>最多 {MAX_ALIASES} 個別名。</translation>
    </message>
    <message>
        <source>Each alias needs at least two characters.</source>
        <translation>每個別名最少要有兩個字元。</translation>
    </message>
    <message>
        <source>An alias is longer than {MAX_NAME} characters.</source>
        <translation>有別名超過 {MAX_NAME} 個字元。</translation>
    </message>
    <message>
        <source>“{name}” is the name of another company on the watchlist.</source>
        <translation>「{name}」是關注列表上另一家公司的名稱。</translation>
    </message>
    <message>
        <source>An A-share code has exactly 6 digits, e.g. 300433.</source>
        <translation>A股代號必須是 6 位數字，例如 300433。</translation>
    </message>
    <message>
        <source>The A-share exchange is Shanghai, Shenzhen or Beijing.</source>
        <translation>A股交易所須為上海、深圳或北京。</translation>
    </message>
    <message>
        <source>The founding year should be between 1800 and 2100.</source>
        <translation>成立年份應介乎 1800 至 2100 年。</translation>
    </message>
    <message>
        <source>A listed company has a Hong Kong stock code: give it too.</source>
        <translation>已上市公司有港股代號，請一併輸入。</translation>
    </message>
    <message>
        <source>The listing date should be a real date, e.g. 2026-01-08.</source>
        <translation>上市日期須為有效日期，例如 2026-01-08。</translation>
    </message>
    <message>
        <source>The offer price is HK$ per share, more than 0, e.g. 116.20.</source>
        <translation>發售價以每股港元計，須大於 0，例如 116.20。</translation>
    </message>
    <message>
        <source>“{text}” is not a year: type it in digits, e.g. 2016.</source>
        <translation>「{text}」不是年份：請以數字輸入，例如 2016。</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as YYYY-MM-DD, e.g. 2026-01-08.</source>
        <translation>「{text}」不是日期：請以 YYYY-MM-DD 格式輸入，例如 2026-01-08。</translation>
    </message>
    <message>
        <source>“{text}” is not a price: type HK$ per share in digits, e.g. 116.20.</source>
        <translation>「{text}」不是價格：請以數字輸入每股港元價格，例如 116.20。</translation>
    </message>
    <message>
        <source>The offer price should be a number, e.g. 116.20.</source>
        <translation>發售價應為數字，例如 116.20。</translation>
    </message>
    <message>
        <source>HK {hk_code}</source>
        <translation>港股 {hk_code}</translation>
    </message>
    <message>
        <source> (entered by you)</source>
        <translation>（由你輸入）</translation>
    </message>
    <message>
        <source> · listed {date}</source>
        <translation> · {date} 上市</translation>
    </message>
    <message>
        <source> at HK${price}</source>
        <translation>，發售價 HK${price}</translation>
    </message>
    <message>
        <source> · offer price HK${price}</source>
        <translation> · 發售價 HK${price}</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Tick companies in the list to compare the money they raised in funding rounds before their IPO with the size of the IPO.
Valuations are not stored, so they are not compared.</source>
        <translation>在列表中剔選公司，比較其上市前各輪融資所得與上市集資規模。
本程式不儲存估值，因此不作比較。</translation>
    </message>
    <message>
        <source>None of the ticked companies has dated funding rounds with a US$ amount or IPO figures yet.
Add rounds on a company&apos;s Funding tab; IPO sizes come from HKEX&apos;s New Listing Report. Valuations are not stored, so they are not compared.</source>
        <translation>所剔選的公司暫時都沒有附日期及美元金額的融資輪次或上市數據。
可在公司的「融資」分頁加入輪次；上市集資規模來自港交所新上市報告。本程式不儲存估值，因此不作比較。</translation>
    </message>
    <message>
        <source>Companies compared</source>
        <translation>比較的公司</translation>
    </message>
    <message>
        <source>Tick the companies to compare</source>
        <translation>剔選要比較的公司</translation>
    </message>
    <message>
        <source>{name}: no funding rounds or IPO figures yet</source>
        <translation>{name}：暫無融資輪次或上市數據</translation>
    </message>
    <message>
        <source>Valuations are not stored, so they are not compared.</source>
        <translation>本程式不儲存估值，因此不作比較。</translation>
    </message>
    <message>
        <source>Rounds without a date or a US$ amount are not counted.</source>
        <translation>沒有日期或美元金額的輪次不計算在內。</translation>
    </message>
    <message>
        <source>IPO sizes are converted from HK$ at 7.8 per US$ (midpoint of the HKMA peg band) unless you set your own HKD rate.</source>
        <translation>上市集資規模按 7.8 港元兌 1 美元換算（金管局聯繫匯率區間的中間價），除非你另設港元匯率。</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>百萬美元</translation>
    </message>
    <message>
        <source>Raised before the IPO</source>
        <translation>上市前融資</translation>
    </message>
    <message>
        <source>IPO size</source>
        <translation>上市集資規模</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>Raised before the IPO: {amount} (%n round(s))</source>
        <translation>上市前融資：{amount}（%n 輪）</translation>
    </message>
    <message>
        <source>Raised before the IPO: not known</source>
        <translation>上市前融資：不詳</translation>
    </message>
    <message>
        <source>%n round(s) not counted</source>
        <translation>%n 輪未計算在內</translation>
    </message>
    <message>
        <source>IPO {date}: {hkd} ≈ {usd}</source>
        <translation>上市 {date}：{hkd} ≈ {usd}</translation>
    </message>
    <message>
        <source>IPO size: not known</source>
        <translation>上市集資規模：不詳</translation>
    </message>
</context>
<context>
    <name>CorruptDatabaseDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>&lt;b&gt;The watchlist database cannot be used.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{problem}&lt;br&gt;&lt;br&gt;File: {path}</source>
        <translation>&lt;b&gt;無法使用關注列表資料庫。&lt;/b&gt;&lt;br&gt;&lt;br&gt;{problem}&lt;br&gt;&lt;br&gt;檔案：{path}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}</source>
        <translation>最新的完好備份來自 {when}</translation>
    </message>
    <message>
        <source> ({count} companies)</source>
        <translation>（{count} 家公司）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>There is no usable backup.</source>
        <translation>沒有可用的備份。</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>還原最新的備份(&amp;R)</translation>
    </message>
    <message>
        <source>Start with a &amp;fresh database</source>
        <translation>使用全新的資料庫(&amp;F)</translation>
    </message>
    <message>
        <source>The damaged file is kept next to it under another name.</source>
        <translation>已損壞的檔案會以另一名稱保留在同一位置。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {exc}</source>
        <translation>無法移走已損壞的檔案：{exc}</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Database reloaded.</source>
        <translation>已重新載入資料庫。</translation>
    </message>
</context>
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
    <name>EventKinds</name>
    <message>
        <source>Application Proof</source>
        <translation>申請版本</translation>
    </message>
    <message>
        <source>Application Proof (new version)</source>
        <translation>申請版本（更新版）</translation>
    </message>
    <message>
        <source>Post Hearing Information Pack</source>
        <translation>聆訊後資料集</translation>
    </message>
    <message>
        <source>Application lapsed</source>
        <translation>申請失效</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>申請撤回</translation>
    </message>
    <message>
        <source>Application returned</source>
        <translation>申請被發回</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>申請被拒絕</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>Prospectus</source>
        <translation>招股章程</translation>
    </message>
    <message>
        <source>Allotment results</source>
        <translation>配發結果</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>CSRC filing received</source>
        <translation>中證監已接收備案材料</translation>
    </message>
    <message>
        <source>CSRC asks for more material</source>
        <translation>中證監要求補充材料</translation>
    </message>
    <message>
        <source>CSRC soliciting opinions</source>
        <translation>中證監徵求意見</translation>
    </message>
    <message>
        <source>CSRC filing notice</source>
        <translation>中證監備案通知書</translation>
    </message>
    <message>
        <source>A-share announcement</source>
        <translation>A股公告</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新聞</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Suggested funding round</source>
        <translation>建議的融資輪次</translation>
    </message>
    <message>
        <source>Over-allotment outcome</source>
        <translation>超額配股權結果</translation>
    </message>
    <message>
        <source>Lock-up expiry</source>
        <translation>禁售期屆滿</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>匯率</translation>
    </message>
    <message>
        <source>US dollars per unit of each currency (e.g. CNY 0.14 means 1 yuan = US$0.14). They convert amounts stated in other currencies for the charts; the stored amounts do not change. Without a row for HKD, {HKD_PEG_MIDPOINT} HKD per US$ is used (midpoint of the HKMA peg band 7.75–7.85).</source>
        <translation>每單位各貨幣兌美元的匯率（例如 CNY 0.14 即 1 元人民幣 = 0.14 美元）。圖表以此換算其他貨幣的金額；已儲存的金額不變。如沒有 HKD 一行，則以 {HKD_PEG_MIDPOINT} 港元兌 1 美元計算（金管局聯繫匯率區間 7.75–7.85 的中間價）。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>US$ per unit</source>
        <translation>每單位兌美元</translation>
    </message>
    <message>
        <source>Add currency</source>
        <translation>新增貨幣</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Row {row}: “{typed}” is not a currency; use a code such as CNY.</source>
        <translation>第 {row} 行：「{typed}」不是貨幣；請使用 CNY 等代碼。</translation>
    </message>
    <message>
        <source>Row {row}: US dollars need no rate.</source>
        <translation>第 {row} 行：美元不需要匯率。</translation>
    </message>
    <message>
        <source>Row {row}: give {code} a rate above 0 (US$ per unit).</source>
        <translation>第 {row} 行：請為 {code} 輸入大於 0 的匯率（每單位兌美元）。</translation>
    </message>
    <message>
        <source>Row {row}: {code} is listed twice.</source>
        <translation>第 {row} 行：{code} 重複列出。</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Could not save {path}:
{reason}</source>
        <translation>無法儲存 {path}：
{reason}</translation>
    </message>
    <message>
        <source>Saved to {name} in {folder}.</source>
        <translation>已儲存至 {folder} 的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n companies to {name} in {folder}.</source>
        <translation>已將 %n 家公司儲存至 {folder} 的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n events to {name} in {folder}.</source>
        <translation>已將 %n 項事件儲存至 {folder} 的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n dates to {name} in {folder}.</source>
        <translation>已將 %n 個日期儲存至 {folder} 的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n rows to {name} in {folder}.</source>
        <translation>已將 %n 行儲存至 {folder} 的 {name}。</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>已儲存匯出檔案</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>顯示資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>Export watchlist</source>
        <translation>匯出關注列表</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>匯出事件</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV 試算表 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Export key dates</source>
        <translation>匯出重要日期</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export key dates…</source>
        <translation>匯出重要日期…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Line {number}: “{url}” is not an http:// or https:// address.</source>
        <translation>第 {number} 行：「{url}」不是 http:// 或 https:// 網址。</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>新聞來源</translation>
    </message>
    <message>
        <source>Extra RSS or Atom feeds to search for news about watched companies, one address a line.</source>
        <translation>額外的 RSS 或 Atom 來源，用於搜尋關注公司的新聞，每行一個網址。</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>無法儲存：{reason}</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金額</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>{what}不能為負數。</translation>
    </message>
    <message>
        <source>Write the {what} as a number, e.g. 150000000, 1,500,000, 300m, 1.5bn or 3亿.</source>
        <translation>{what}請以數字輸入，例如 150000000、1,500,000、300m、1.5bn 或 3億。</translation>
    </message>
    <message>
        <source>The {what} is too large.</source>
        <translation>{what}過大。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty.</source>
        <translation>日期請以 YYYY-MM-DD 格式輸入，例如 2024-05-31，或留空。</translation>
    </message>
    <message>
        <source>Give the round a name (e.g. Series C) or a date.</source>
        <translation>請為這輪融資輸入名稱（例如 C輪）或日期。</translation>
    </message>
    <message>
        <source>The round name is longer than {MAX_ROUND} characters.</source>
        <translation>輪次名稱超過 {MAX_ROUND} 個字元。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 尚未到來。</translation>
    </message>
    <message>
        <source>The {what} must be a number of 0 or more.</source>
        <translation>{what}必須是 0 或以上的數字。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, CNY or HKD.</source>
        <translation>請使用三個字母的貨幣代碼，例如 USD、CNY 或 HKD。</translation>
    </message>
    <message>
        <source>Say which currency the amount is in (e.g. CNY).</source>
        <translation>請註明金額的貨幣（例如 CNY）。</translation>
    </message>
    <message>
        <source>List at most {MAX_INVESTORS} investors.</source>
        <translation>最多列出 {MAX_INVESTORS} 名投資者。</translation>
    </message>
    <message>
        <source>Separate investors with “;”; each name at most {MAX_INVESTOR} characters.</source>
        <translation>投資者之間以「;」分隔；每個名稱最多 {MAX_INVESTOR} 個字元。</translation>
    </message>
    <message>
        <source>Give a web address starting with http:// or https://, or say where the figures are written (e.g. “Prospectus, p. 212”), in at most {MAX_URL} characters.</source>
        <translation>請輸入以 http:// 或 https:// 開頭的網址，或註明數字的出處（例如「招股章程，第 212 頁」），最多 {MAX_URL} 個字元。</translation>
    </message>
    <message>
        <source>The notes are longer than {MAX_NOTES} characters.</source>
        <translation>筆記超過 {MAX_NOTES} 個字元。</translation>
    </message>
    <message>
        <source>Company {company_id} no longer exists.</source>
        <translation>公司 {company_id} 已不存在。</translation>
    </message>
    <message>
        <source>Funding round {round_id} no longer exists.</source>
        <translation>融資輪次 {round_id} 已不存在。</translation>
    </message>
    <message>
        <source>“{code}” is not a three-letter currency code.</source>
        <translation>「{code}」不是三個字母的貨幣代碼。</translation>
    </message>
    <message>
        <source>The rate for {code} must be a number above 0 (US$ per unit).</source>
        <translation>{code} 的匯率必須是大於 0 的數字（每單位兌美元）。</translation>
    </message>
</context>
<context>
    <name>FundingChart</name>
    <message>
        <source>No confirmed funding rounds for this company yet.
Accept the suggested rounds below, or add rounds yourself (Add… or Import rounds…). Suggested rounds appear here only once you accept them. The IPO shows here once HKEX lists the company.</source>
        <translation>這家公司暫未有已確認的融資輪次。
可接受下方建議的輪次，或自行加入（「新增…」或「匯入融資輪次…」）。建議的輪次須經你接受才會在此顯示。公司在港交所上市後，上市資料會在此顯示。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>來源：{source}</translation>
    </message>
    <message>
        <source>
Also reported by {count} more source(s)</source>
        <translation>
另有 {count} 個來源亦有報道</translation>
    </message>
    <message>
        <source>Source: entered by hand, none given</source>
        <translation>來源：人手輸入，未有註明</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>所載</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>沒有金額</translation>
    </message>
    <message>
        <source>converted at 7.8 HKD per US$ (peg midpoint)</source>
        <translation>按 7.8 港元兌 1 美元換算（聯繫匯率中間價）</translation>
    </message>
    <message>
        <source>no {currency} rate set</source>
        <translation>未設定 {currency} 匯率</translation>
    </message>
    <message>
        <source>converted at your rate, 1 {currency} = {rate} US$</source>
        <translation>按你設定的匯率換算，1 {currency} = {rate} 美元</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>融資輪次</translation>
    </message>
    <message>
        <source>Export chart data…</source>
        <translation>匯出圖表數據…</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV: each round in US$, how it was converted, and the running total (Export rounds… below saves the rounds as typed)</source>
        <translation>將圖表背後的數字儲存為 CSV：每輪融資的美元金額、換算方式及累計總額（下方的「匯出融資輪次…」按輸入原樣儲存各輪次）</translation>
    </message>
    <message>
        <source>%n round(s) recorded, none with both a date and a US$ amount.
Give them a date, and a US$ amount or an exchange rate for their currency, on the Funding tab.</source>
        <translation>已記錄 %n 輪，但沒有一輪同時有日期及美元金額。
請在「融資」分頁為其加上日期，以及美元金額或該貨幣的匯率。</translation>
    </message>
    <message>
        <source>%n round(s) not drawn (no date or no US$ amount)</source>
        <translation>%n 輪未有繪出（沒有日期或美元金額）</translation>
    </message>
    <message>
        <source>; set an exchange rate for {currencies} to include them</source>
        <translation>；為 {currencies} 設定匯率即可計算在內</translation>
    </message>
    <message>
        <source>. The total is a lower bound.</source>
        <translation>。總額為下限。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>百萬美元</translation>
    </message>
    <message>
        <source>Funding round (US$)</source>
        <translation>融資輪次（美元）</translation>
    </message>
    <message>
        <source>Raised in total (US$)</source>
        <translation>累計融資（美元）</translation>
    </message>
    <message>
        <source>Listed {date}</source>
        <translation>{date} 上市</translation>
    </message>
    <message>
        <source> · raised {amount}</source>
        <translation> · 集資 {amount}</translation>
    </message>
    <message>
        <source> · offer HK${price}/share</source>
        <translation> · 發售價每股 HK${price}</translation>
    </message>
    <message>
        <source>IPO (funds raised, US$)</source>
        <translation>上市（集資額，美元）</translation>
    </message>
    <message>
        <source>Raised by {date}: {amount}</source>
        <translation>截至 {date} 累計融資：{amount}</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>人手輸入</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>· … {count} earlier round(s)</source>
        <translation>· … 較早的 {count} 輪</translation>
    </message>
    <message>
        <source>{round} · {date}</source>
        <translation>{round} · {date}</translation>
    </message>
    <message>
        <source>{amount} — {basis}</source>
        <translation>{amount}——{basis}</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> 及另外 {count} 名</translation>
    </message>
    <message>
        <source>Investors: </source>
        <translation>投資者：</translation>
    </message>
    <message>
        <source>IPO · listed {date}</source>
        <translation>上市 · {date}</translation>
    </message>
    <message>
        <source>Funds raised {amount}</source>
        <translation>集資 {amount}</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>Offer price HK${price}</source>
        <translation>發售價 HK${price}</translation>
    </message>
</context>
<context>
    <name>FundingCsv</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Line {line}: </source>
        <translation>第 {line} 行：</translation>
    </message>
    <message>
        <source>%n line(s) have problems; nothing was imported. Fix them and import again.</source>
        <translation>有 %n 行出現問題，未有匯入任何資料。請修正後再匯入。</translation>
    </message>
    <message>
        <source>{added} new, {updated} changed, {unchanged} unchanged</source>
        <translation>新增 {added} 項，更改 {updated} 項，{unchanged} 項不變</translation>
    </message>
    <message>
        <source> — imported.</source>
        <translation>——已匯入。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>It has {values} values but the header names {names}.</source>
        <translation>此行有 {values} 個值，但標題列列出 {names} 個欄位。</translation>
    </message>
    <message>
        <source>More than {MAX_IMPORT_ROWS} rows; split the file.</source>
        <translation>超過 {MAX_IMPORT_ROWS} 行；請分拆檔案。</translation>
    </message>
    <message>
        <source>Not readable as CSV ({exc}).</source>
        <translation>無法以 CSV 讀取（{exc}）。</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>檔案是空的；需要有標題列。</translation>
    </message>
    <message>
        <source>Unknown column(s) {columns}. The header should be: {expected}.</source>
        <translation>不明欄位 {columns}。標題列應為：{expected}。</translation>
    </message>
    <message>
        <source>The first row must be a header: {expected}.</source>
        <translation>第一行必須是標題列：{expected}。</translation>
    </message>
    <message>
        <source>Same date and round as line {line}.</source>
        <translation>日期及輪次與第 {line} 行相同。</translation>
    </message>
    <message>
        <source>Company {company_id} no longer exists.</source>
        <translation>公司 {company_id} 已不存在。</translation>
    </message>
</context>
<context>
    <name>FundingDialogs</name>
    <message>
        <source>Chinese yuan (RMB, 人民币)</source>
        <translation>人民幣（RMB）</translation>
    </message>
    <message>
        <source>US dollars (US$)</source>
        <translation>美元（US$）</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金額</translation>
    </message>
    <message>
        <source>investors</source>
        <translation>投資者</translation>
    </message>
    <message>
        <source>source</source>
        <translation>個資料來源</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（沒有名稱）</translation>
    </message>
    <message>
        <source>stated {amount}</source>
        <translation>所載 {amount}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>{field} → {value}</source>
        <translation>{field} → {value}</translation>
    </message>
    <message>
        <source>A three-letter code; RMB and 人民币 are stored as CNY, US$ as USD, HK$ as HKD</source>
        <translation>三個字母的代碼；RMB 及人民幣儲存為 CNY，US$ 為 USD，HK$ 為 HKD</translation>
    </message>
</context>
<context>
    <name>FundingEditor</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投資者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Stated in US$ by the source</source>
        <translation>來源以美元列明</translation>
    </message>
    <message>
        <source>The round is in US$</source>
        <translation>此輪以美元計</translation>
    </message>
    <message>
        <source>Not stated in US$: the chart converts at your exchange rates</source>
        <translation>未以美元列明：圖表按你設定的匯率換算</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import rounds…</source>
        <translation>匯入融資輪次…</translation>
    </message>
    <message>
        <source>Export rounds…</source>
        <translation>匯出融資輪次…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>匯率…</translation>
    </message>
    <message>
        <source>Add or update rounds from a CSV file with the columns: date, round, amount, currency, amount_usd, investors (separated by ;), source_url, notes</source>
        <translation>從 CSV 檔案新增或更新輪次，欄位為：date、round、amount、currency、amount_usd、investors（以 ; 分隔）、source_url、notes</translation>
    </message>
    <message>
        <source>Save every round with all its fields as CSV (Import rounds… reads it back)</source>
        <translation>將所有輪次連同全部欄位儲存為 CSV（可用「匯入融資輪次…」讀回）</translation>
    </message>
    <message>
        <source>US$ per unit of each currency, for the charts</source>
        <translation>每單位各貨幣兌美元的匯率，供圖表使用</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>開啟 ↗</translation>
    </message>
    <message>
        <source>%n round(s). Amounts are stored in their own currency; the chart converts them at your exchange rates.</source>
        <translation>共 %n 輪。金額以原貨幣儲存；圖表按你設定的匯率換算。</translation>
    </message>
    <message>
        <source>Could not load the funding rounds: {exc}</source>
        <translation>無法載入融資輪次：{exc}</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>融資輪次</translation>
    </message>
    <message>
        <source>The change was not saved:
{exc}</source>
        <translation>未能儲存更改：
{exc}</translation>
    </message>
    <message>
        <source>Delete funding round</source>
        <translation>刪除融資輪次</translation>
    </message>
    <message>
        <source>Delete “{round}”?</source>
        <translation>要刪除「{round}」嗎？</translation>
    </message>
    <message>
        <source>Import funding rounds</source>
        <translation>匯入融資輪次</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Could not read the file:
{exc}</source>
        <translation>無法讀取檔案：
{exc}</translation>
    </message>
    <message>
        <source>Export funding rounds</source>
        <translation>匯出融資輪次</translation>
    </message>
    <message>
        <source>Could not save the file:
{exc}</source>
        <translation>無法儲存檔案：
{exc}</translation>
    </message>
    <message>
        <source>Exported %n round(s) to {target}.</source>
        <translation>已將 %n 輪匯出至 {target}。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>
&lt;h3&gt;What the app does&lt;/h3&gt;
&lt;p&gt;IPO Pipeline Watch follows mainland Chinese companies on their way to a listing in
Hong Kong. It reads HKEXnews, the CSRC, cninfo, news feeds and share prices on a
schedule, matches what it finds to the companies on your watchlist, and tells you when
something new happens.&lt;/p&gt;
&lt;h3&gt;A day with it&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Watchlist&lt;/b&gt;: add a company with &lt;i&gt;File › Add company&lt;/i&gt;. Give its English and
Chinese names and any other names it files under (aliases) — filings are matched on
them. Each row shows the stage, the last event, the days in that stage and the next
expected step.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Company page&lt;/b&gt;: select a company to see its timeline (stages over time, each
document as a dot you can click), its events with their sources, funding rounds and,
once listed, the share price against the offer price.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pipeline&lt;/b&gt;: every applicant HKEX and the CSRC list, watched or not. Add one to
the watchlist from there.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Alerts&lt;/b&gt;: new filings for watched companies, newest first; unread ones are bold
with a dot. A notification click opens the company at that event.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sources&lt;/b&gt;: when each source last ran, what failed and when it runs next. Poll
now runs one at once.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Your data&lt;/h3&gt;
&lt;p&gt;Import and export the watchlist as CSV or JSON (&lt;i&gt;File&lt;/i&gt; menu). An import shows
every change first, old → new; blank cells keep what the watchlist has unless you tick
“Blank cells clear the field”, and a backup is made before anything is stored. A backup
is also made every day (&lt;i&gt;File › Backups…&lt;/i&gt;). Key dates (filings, hearings, lapses,
listings) export as a calendar file.&lt;/p&gt;
&lt;p&gt;Every figure shows where it came from: a document, a page, a link — or “entered by
you” for what you typed.&lt;/p&gt;
</source>
        <translation>
&lt;h3&gt;程式的功能&lt;/h3&gt;
&lt;p&gt;IPO Pipeline Watch 追蹤中國內地公司赴港上市的進程。程式按排程讀取披露易、中證監、巨潮資訊、新聞來源及股價，將找到的內容與你關注列表上的公司配對，並在有新動向時通知你。&lt;/p&gt;
&lt;h3&gt;日常使用&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;關注列表&lt;/b&gt;：在&lt;i&gt;檔案 › 新增公司&lt;/i&gt;加入公司。輸入其英文及中文名稱，以及其遞交文件時用過的其他名稱（別名）——文件會按這些名稱配對。每行顯示階段、最近事件、處於該階段的日數及預計下一步。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;公司頁面&lt;/b&gt;：選擇一家公司，查看其時間線（各階段的時間，每份文件是一個可按的圓點）、附來源的事件、融資輪次，以及上市後股價對比發售價的表現。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;上市進度&lt;/b&gt;：港交所及中證監列出的所有申請人，不論是否已關注。可從這裏把申請人加入關注列表。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;提示&lt;/b&gt;：關注公司的新文件，最新的排最前；未讀的以粗體及圓點標示。按一下通知，即可在該事件開啟公司。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;資料來源&lt;/b&gt;：各來源上次何時執行、哪些出錯、下次何時執行。「立即更新」會即時執行一次。&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;你的資料&lt;/h3&gt;
&lt;p&gt;關注列表可匯入及匯出為 CSV 或 JSON（&lt;i&gt;檔案&lt;/i&gt;選單）。匯入會先逐項顯示所有更改（舊 → 新）；除非剔選「空白儲存格會清除欄位」，否則空白儲存格會保留關注列表原有內容；儲存任何內容前都會先備份。程式亦每日自動備份（&lt;i&gt;檔案 › 備份…&lt;/i&gt;）。重要日期（文件、聆訊、失效、上市）可匯出為日曆檔案。&lt;/p&gt;
&lt;p&gt;每個數字都會顯示出處：文件、頁碼、連結——你自行輸入的則標示為「由你輸入」。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Application Proof</source>
        <translation>申請版本</translation>
    </message>
    <message>
        <source>The draft prospectus a company files with HKEX when it applies to list. Its filing starts the review; it is published on HKEXnews.</source>
        <translation>公司申請上市時向港交所遞交的招股章程草擬本。遞交後審批隨即開始；申請版本會在披露易刊登。</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>An Application Proof lapses six months after filing if the listing hearing has not been passed (Listing Rule 9.03). The company may file again.</source>
        <translation>如遞表六個月後仍未通過上市聆訊，申請版本即告失效（《上市規則》第9.03條）。公司可重新遞表。</translation>
    </message>
    <message>
        <source>Listing hearing</source>
        <translation>上市聆訊</translation>
    </message>
    <message>
        <source>The meeting where the HKEX Listing Committee decides whether the company may list. Passing it is the last big step before the offer.</source>
        <translation>由港交所上市委員會決定公司可否上市的會議。通過聆訊是招股前最後的重要一步。</translation>
    </message>
    <message>
        <source>PHIP</source>
        <translation>聆訊後資料集</translation>
    </message>
    <message>
        <source>Post Hearing Information Pack: the near-final prospectus HKEX publishes after the hearing is passed. Its date is when the hearing was passed, as far as the public can tell.</source>
        <translation>聆訊後資料集：通過聆訊後港交所刊登的接近定稿的招股章程。就公眾所知，其日期即通過聆訊的日期。</translation>
    </message>
    <message>
        <source>CSRC filing</source>
        <translation>中證監備案</translation>
    </message>
    <message>
        <source>Mainland companies listing abroad must file with the China Securities Regulatory Commission. Its table shows receipt, supplementary requests and comments; the filing notice clears the company to list.</source>
        <translation>內地公司赴境外上市須向中國證券監督管理委員會（中證監）備案。其列表顯示接收材料、要求補充材料及徵求意見的狀況；取得備案通知書後公司即可上市。</translation>
    </message>
    <message>
        <source>Prospectus / offering</source>
        <translation>招股章程／招股</translation>
    </message>
    <message>
        <source>The final prospectus launches the public offer; allotment results follow, then the first day of trading.</source>
        <translation>刊發正式招股章程即開始公開發售；其後公佈配發結果，然後是首日買賣。</translation>
    </message>
    <message>
        <source>Withdrawn / returned / rejected</source>
        <translation>撤回／發回／拒絕</translation>
    </message>
    <message>
        <source>The application ended without a listing: the company withdrew it, HKEX returned it as incomplete (no new filing for eight weeks), or HKEX rejected it.</source>
        <translation>申請未能上市而終止：公司撤回申請、港交所因資料不完整而發回（八星期內不可重新遞表），或港交所拒絕申請。</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>發售價</translation>
    </message>
    <message>
        <source>The price per share in the IPO, in HK$. Returns are measured against it.</source>
        <translation>首次公開招股的每股價格，以港元計。回報以此計算。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日數</translation>
    </message>
    <message>
        <source>In the watchlist: days the company has been in its current stage.</source>
        <translation>關注列表中：公司處於目前階段的日數。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;沒有鍵盤快速鍵。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>詞彙表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; The watchlist starts with a few companies; the sources are read in the background and new filings appear as alerts. Select a company to see its timeline, add your own with &lt;i&gt;File › Add company&lt;/i&gt;, and see what each term means in &lt;i&gt;Help › Glossary&lt;/i&gt;.</source>
        <translation>&lt;b&gt;歡迎使用。&lt;/b&gt;關注列表已預先加入數家公司；程式會在背景讀取資料來源，新文件會以提示顯示。選擇一家公司可查看其時間線；可在&lt;i&gt;檔案 › 新增公司&lt;/i&gt;加入你自己的公司；各術語的意思見&lt;i&gt;說明 › 詞彙表&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>開啟指南(&amp;G)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this note; the guide stays in the Help menu</source>
        <translation>隱藏此提示；指南仍可在「說明」選單找到</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import funding rounds</source>
        <translation>匯入融資輪次</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>{round}: {changes}</source>
        <translation>{round}：{changes}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Fix the lines with errors first</source>
        <translation>請先修正有錯誤的行</translation>
    </message>
    <message>
        <source>Blank cells clear the field</source>
        <translation>空白儲存格會清除欄位</translation>
    </message>
    <message>
        <source>Off: a blank cell keeps what the watchlist has (safe for partial files).
On: a blank cell empties that field of the company.</source>
        <translation>關閉：空白儲存格保留關注列表原有內容（適合只有部分欄位的檔案）。
開啟：空白儲存格會清空公司的該欄位。</translation>
    </message>
    <message>
        <source>Import watchlist</source>
        <translation>匯入關注列表</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>A backup of the database is made first. </source>
        <translation>會先備份資料庫。</translation>
    </message>
    <message>
        <source>{backed}Everything is stored at once, or nothing.</source>
        <translation>{backed}所有內容一次過儲存，否則一律不儲存。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>問題（{count}）</translation>
    </message>
    <message>
        <source>To add ({count})</source>
        <translation>新增（{count}）</translation>
    </message>
    <message>
        <source>To update ({count})</source>
        <translation>更新（{count}）</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>不變（{count}）</translation>
    </message>
    <message>
        <source>Fix the problems in the file and import it again.</source>
        <translation>請修正檔案中的問題，然後再匯入。</translation>
    </message>
    <message>
        <source>Nothing to import: the watchlist already has all of it.</source>
        <translation>沒有需要匯入的內容：關注列表已包含全部資料。</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>正在重新讀取檔案…</translation>
    </message>
    <message>
        <source>Backing up, then importing…</source>
        <translation>正在備份，然後匯入…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>changes {fields}</source>
        <translation>更改{fields}</translation>
    </message>
    <message>
        <source>HK {hk_code}</source>
        <translation>港股 {hk_code}</translation>
    </message>
    <message>
        <source>Watchlist files (*.csv *.json);;CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>關注列表檔案 (*.csv *.json);;CSV 試算表 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated</source>
        <translation>已匯入 {name}：新增 {added} 項，更新 {updated} 項</translation>
    </message>
    <message>
        <source>; backup {name}.</source>
        <translation>；備份 {name}。</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>“{name}” should be text.</source>
        <translation>「{name}」應為文字。</translation>
    </message>
    <message>
        <source>“listing_date”: {exc}</source>
        <translation>「listing_date」：{exc}</translation>
    </message>
    <message>
        <source>The offer price should be a number, e.g. 116.20.</source>
        <translation>發售價應為數字，例如 116.20。</translation>
    </message>
    <message>
        <source>“offer_price”: {exc}</source>
        <translation>「offer_price」：{exc}</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>請輸入公司名稱。</translation>
    </message>
    <message>
        <source>“founded” should be a year, e.g. 2016 (found “{value}”).</source>
        <translation>「founded」應為年份，例如 2016（找到「{value}」）。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid JSON list ({reason}).</source>
        <translation>「{name}」不是有效的 JSON 列表（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” should be a list of text.</source>
        <translation>「{name}」應為文字列表。</translation>
    </message>
    <message>
        <source>“facts” is not a valid JSON list ({reason}).</source>
        <translation>「facts」不是有效的 JSON 列表（{reason}）。</translation>
    </message>
    <message>
        <source>At most {MAX_FACTS} facts per company.</source>
        <translation>每家公司最多 {MAX_FACTS} 項資料。</translation>
    </message>
    <message>
        <source>Fact {number} should be an object with a non-empty “text”.</source>
        <translation>第 {number} 項資料應為含非空「text」的物件。</translation>
    </message>
    <message>
        <source>Fact {number}: “{key}” should be text.</source>
        <translation>第 {number} 項資料：「{key}」應為文字。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <source>The header row could not be read: {exc}.</source>
        <translation>無法讀取標題列：{exc}。</translation>
    </message>
    <message>
        <source>Unknown column “{column}”; the columns are: {columns}.</source>
        <translation>不明欄位「{column}」；欄位為：{columns}。</translation>
    </message>
    <message>
        <source>The header row has no “name” column.</source>
        <translation>標題列沒有「name」欄位。</translation>
    </message>
    <message>
        <source>A column appears twice in the header row.</source>
        <translation>標題列有重複的欄位。</translation>
    </message>
    <message>
        <source>The row could not be read: {exc}.</source>
        <translation>無法讀取此行：{exc}。</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header {columns}.</source>
        <translation>此行有 {cells} 格，但標題列有 {columns} 格。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason}.</source>
        <translation>檔案不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <source>This is not a watchlist file (format {format}).</source>
        <translation>這不是關注列表檔案（格式 {format}）。</translation>
    </message>
    <message>
        <source>Expected a list of companies (a “companies” list).</source>
        <translation>應為公司列表（「companies」列表）。</translation>
    </message>
    <message>
        <source>Company {number} is not an object.</source>
        <translation>第 {number} 家公司不是物件。</translation>
    </message>
    <message>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>不明欄位「{field}」；欄位為：{fields}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a company to see its status timeline, events and facts.</source>
        <translation>選擇一家公司，查看其進度時間線、事件及資料。</translation>
    </message>
    <message>
        <source>{operation} failed: {reason}</source>
        <translation>{operation}失敗：{reason}</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>Already polling.</source>
        <translation>正在更新中。</translation>
    </message>
    <message>
        <source>Still watching in the tray. Use Quit in the tray menu to stop.</source>
        <translation>程式仍在系統匣運行。如要停止，請在系統匣選單選擇「結束」。</translation>
    </message>
</context>
<context>
    <name>MarketChart</name>
    <message>
        <source>Per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Per quarter</source>
        <translation>按季</translation>
    </message>
    <message>
        <source>No new-listing data yet.</source>
        <translation>暫無新上市資料。</translation>
    </message>
    <message>
        <source>Hong Kong IPO market</source>
        <translation>香港新股市場</translation>
    </message>
    <message>
        <source>Funds raised as reported in HKEX&apos;s New Listing Report.</source>
        <translation>集資額按港交所新上市報告所載。</translation>
    </message>
    <message>
        <source>%n listing(s) without a figure left out of the money raised.</source>
        <translation>%n 宗上市沒有集資數字，未計入集資額。</translation>
    </message>
    <message>
        <source>Per listing: the first-day return is the listing day&apos;s close against the offer price; subscribed is the Hong Kong public offer, from the allotment results.</source>
        <translation>逐宗上市：首日回報為上市日收市價對比發售價；認購倍數為香港公開發售部分，取自配發結果。</translation>
    </message>
    <message>
        <source>US$ amounts in the read-out: {note}.</source>
        <translation>讀數中的美元金額：{note}。</translation>
    </message>
    <message>
        <source>Money raised (HK$ bn)</source>
        <translation>集資額（十億港元）</translation>
    </message>
    <message>
        <source>New listings</source>
        <translation>新上市數目</translation>
    </message>
    <message>
        <source>All new listings</source>
        <translation>所有新上市</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>關注的公司</translation>
    </message>
    <message>
        <source>First day (%)</source>
        <translation>首日（%）</translation>
    </message>
    <message>
        <source>Subscribed (×)</source>
        <translation>認購倍數</translation>
    </message>
    <message>
        <source>{times}×</source>
        <translation>{times} 倍</translation>
    </message>
    <message>
        <source>%n new listing(s)</source>
        <translation>%n 宗新上市</translation>
    </message>
    <message>
        <source>Raised {hkd} ≈ {usd}</source>
        <translation>集資 {hkd} ≈ {usd}</translation>
    </message>
    <message>
        <source>{count} without a funds figure</source>
        <translation>{count} 宗沒有集資數字</translation>
    </message>
    <message>
        <source>Watched: {names}</source>
        <translation>關注中：{names}</translation>
    </message>
    <message>
        <source>{name} ({code}), listed {date}</source>
        <translation>{name}（{code}），{date} 上市</translation>
    </message>
    <message>
        <source>Offer price {price}</source>
        <translation>發售價 {price}</translation>
    </message>
    <message>
        <source>HK public offer subscribed {times}×</source>
        <translation>香港公開發售認購 {times} 倍</translation>
    </message>
    <message>
        <source>Subscription: no allotment results read</source>
        <translation>認購倍數：未有讀取配發結果</translation>
    </message>
    <message>
        <source>First-day return {pct} (close {close})</source>
        <translation>首日回報 {pct}（收市價 {close}）</translation>
    </message>
    <message>
        <source>First-day return: no close of the listing day stored</source>
        <translation>首日回報：未有上市日收市價記錄</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>資料來源(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>HK$ converted at 7.8 per US$ (midpoint of the HKMA peg band 7.75–7.85)</source>
        <translation>港元按 7.8 兌 1 美元換算（金管局聯繫匯率區間 7.75–7.85 的中間價）</translation>
    </message>
</context>
<context>
    <name>OfferAh</name>
    <message>
        <source>the final H-share offer price (the allotment results state it; the maximum is {price})</source>
        <translation>H股最終發售價（配發結果會載明；最高發售價為 {price}）</translation>
    </message>
    <message>
        <source>the final H-share offer price</source>
        <translation>H股最終發售價</translation>
    </message>
    <message>
        <source>the price-determination date (the formal notice)</source>
        <translation>定價日期（正式通告）</translation>
    </message>
    <message>
        <source>the A-share close of {symbol} on {date}</source>
        <translation>{symbol} 於 {date} 的A股收市價</translation>
    </message>
    <message>
        <source>an A-share close in yuan ({symbol} is quoted in {currency})</source>
        <translation>以人民幣計的A股收市價（{symbol} 以 {currency} 報價）</translation>
    </message>
    <message>
        <source>the CNY/HKD exchange rate of {date}</source>
        <translation>{date} 的人民幣兌港元匯率</translation>
    </message>
    <message>
        <source>{symbol}, close of {date}</source>
        <translation>{symbol}，{date} 收市</translation>
    </message>
    <message>
        <source>{document}, page {page}</source>
        <translation>{document}，第 {page} 頁</translation>
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
    <name>OfferFiles</name>
    <message>
        <source>the file is larger than the {megabytes} MB this app reads</source>
        <translation>檔案大於本程式可讀取的 {megabytes} MB</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>無法開啟檔案（{reason}）</translation>
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
    <name>OfferKeyDates</name>
    <message>
        <source>The over-allotment option was fully exercised.</source>
        <translation>超額配股權已獲悉數行使。</translation>
    </message>
    <message>
        <source>The over-allotment option was partly exercised.</source>
        <translation>超額配股權已獲部分行使。</translation>
    </message>
    <message>
        <source>The over-allotment option lapsed.</source>
        <translation>超額配股權已失效。</translation>
    </message>
    <message>
        <source>Banks and brokers stop taking applications earlier: ask yours for its cut-off.</source>
        <translation>銀行及經紀會較早停止接受申請，請向閣下的銀行或經紀查詢其截止時間。</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>{offer}: offer opens</source>
        <translation>{offer}：開始招股</translation>
    </message>
    <message>
        <source>The Hong Kong public offer opens for applications.</source>
        <translation>香港公開發售開始接受認購申請。</translation>
    </message>
    <message>
        <source>{offer}: applications close {time} HKT (brokers close earlier)</source>
        <translation>{offer}：香港時間 {time} 截止認購（經紀會較早截止）</translation>
    </message>
    <message>
        <source>The application lists close at {time} HKT (Hong Kong time) on {date}.</source>
        <translation>認購申請登記於 {date} 香港時間 {time} 截止。</translation>
    </message>
    <message>
        <source>{offer}: applications close (brokers close earlier)</source>
        <translation>{offer}：截止認購（經紀會較早截止）</translation>
    </message>
    <message>
        <source>The application lists close on {date}.</source>
        <translation>認購申請登記於 {date} 截止。</translation>
    </message>
    <message>
        <source>Entry fee for one board lot of {lot} shares: {fee}</source>
        <translation>每手 {lot} 股的入場費：{fee}</translation>
    </message>
    <message>
        <source>{offer}: allotment results</source>
        <translation>{offer}：配發結果</translation>
    </message>
    <message>
        <source>The allotment results are published.</source>
        <translation>配發結果已經公佈。</translation>
    </message>
    <message>
        <source>The allotment results are to be published.</source>
        <translation>配發結果將予公佈。</translation>
    </message>
    <message>
        <source>{offer}: dealings begin</source>
        <translation>{offer}：開始買賣</translation>
    </message>
    <message>
        <source>Dealings in the shares begin; the offer price is {price}.</source>
        <translation>股份開始買賣，發售價為 {price}。</translation>
    </message>
    <message>
        <source>Dealings in the shares begin.</source>
        <translation>股份開始買賣。</translation>
    </message>
    <message>
        <source>{shares} shares.</source>
        <translation>{shares} 股。</translation>
    </message>
    <message>
        <source>{offer}: stabilisation period ended</source>
        <translation>{offer}：穩定價格期已結束</translation>
    </message>
    <message>
        <source>{offer}: stabilisation period ends (expected)</source>
        <translation>{offer}：穩定價格期結束（預計）</translation>
    </message>
    <message>
        <source>Expected on the 30th day after the last day for applications; the end-of-stabilisation notice will say whether the over-allotment option was exercised.</source>
        <translation>預計為截止認購後第 30 日；穩定價格期結束公告將說明超額配股權有否獲行使。</translation>
    </message>
    <message>
        <source>Last day of the lock-up of {shares} shares held by {group}; they may be sold from {date}.</source>
        <translation>{group}所持 {shares} 股禁售期的最後一日；可由 {date} 起出售。</translation>
    </message>
    <message>
        <source>Last day of the lock-up of the shares held by {group}; they may be sold from {date}.</source>
        <translation>{group}所持股份禁售期的最後一日；可由 {date} 起出售。</translation>
    </message>
    <message>
        <source>{offer}: lock-up of {group} ends (estimate)</source>
        <translation>{offer}：{group}的禁售期屆滿（估計）</translation>
    </message>
    <message>
        <source>An estimate: no last day is printed, so listing date + 6 months − 1 day.</source>
        <translation>估計日期：文件未載最後一日，故按上市日期 + 6 個月 − 1 日計算。</translation>
    </message>
    <message>
        <source>{offer}: lock-up of {group} ends</source>
        <translation>{offer}：{group}的禁售期屆滿</translation>
    </message>
    <message>
        <source>Source: {document}, page {page}</source>
        <translation>來源：{document}，第 {page} 頁</translation>
    </message>
    <message>
        <source>Source: {document}</source>
        <translation>來源：{document}</translation>
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
        <source>A+H discount on {date}</source>
        <translation>{date} 的A+H折讓</translation>
    </message>
    <message>
        <source>A+H discount</source>
        <translation>A+H折讓</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未能計算</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Missing: {inputs}</source>
        <translation>欠缺：{inputs}</translation>
    </message>
    <message>
        <source>{pct} below the A share</source>
        <translation>較A股低 {pct}</translation>
    </message>
    <message>
        <source>{pct} above the A share</source>
        <translation>較A股高 {pct}</translation>
    </message>
    <message>
        <source>H-share offer price {price} against the A-share close ¥{close} × {rate} HKD/CNY = {hkd}</source>
        <translation>H股發售價 {price}，對比A股收市價 ¥{close} × {rate}（港元／人民幣）= {hkd}</translation>
    </message>
    <message>
        <source>H-share offer price</source>
        <translation>H股發售價</translation>
    </message>
    <message>
        <source>A-share close ({symbol})</source>
        <translation>A股收市價（{symbol}）</translation>
    </message>
    <message>
        <source>CNY/HKD rate</source>
        <translation>人民幣兌港元匯率</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>招股</translation>
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
        <source>{shown} entries; {problems} documents to check.</source>
        <translation>{shown} 項；{problems} 份文件待核對。</translation>
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
        <source>Open &amp;document…</source>
        <translation>開啟文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Read an HKEX offer document (PDF) and show what it says</source>
        <translation>讀取港交所招股文件（PDF）並顯示其內容</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Mark read</source>
        <translation>標為已讀</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部標為已讀</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>新增公司</translation>
    </message>
    <message>
        <source>Find earlier filings</source>
        <translation>尋找較早的文件</translation>
    </message>
    <message>
        <source>Save company</source>
        <translation>儲存公司</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>刪除公司</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>暫停提示</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>儲存偏好設定</translation>
    </message>
    <message>
        <source>Save news feeds</source>
        <translation>儲存新聞來源</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>加入關注列表</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>更改資料來源</translation>
    </message>
    <message>
        <source>The database stayed busy (new results were being saved), so this change was not saved. Please try again in a moment.</source>
        <translation>資料庫一直忙於儲存新結果，這項更改未能儲存。請稍後再試。</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <source>{month}/{year}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{title} ({article}, {year})</source>
        <translation>{title}（{article}，{year}）</translation>
    </message>
    <message>
        <source>CSRC filing: {status} ({english}) — {venue}</source>
        <translation>中證監備案：{status}（{english}）— {venue}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收材料</translation>
    </message>
    <message>
        <source>supplementary materials requested</source>
        <translation>須補充材料</translation>
    </message>
    <message>
        <source>soliciting opinions</source>
        <translation>徵求意見中</translation>
    </message>
    <message>
        <source>venue not given</source>
        <translation>未註明上市地</translation>
    </message>
    <message>
        <source>CSRC filing completed (left the CSRC status table)</source>
        <translation>已完成中證監備案（已從中證監備案進度表移除）</translation>
    </message>
    <message>
        <source>Close HK${amount}</source>
        <translation>收市價 HK${amount}</translation>
    </message>
    <message>
        <source>Close {currency} {amount}</source>
        <translation>收市價 {currency} {amount}</translation>
    </message>
    <message>
        <source>Main Board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>GEM</source>
        <translation>GEM</translation>
    </message>
    <message>
        <source> by transfer from GEM</source>
        <translation>，由 GEM 轉往主板</translation>
    </message>
    <message>
        <source> by De-SPAC transaction</source>
        <translation>，經特殊目的收購公司併購交易</translation>
    </message>
    <message>
        <source> by introduction</source>
        <translation>，以介紹形式</translation>
    </message>
    <message>
        <source> (not an IPO)</source>
        <translation>（非首次公開招股）</translation>
    </message>
    <message>
        <source>, raised HK${amount}</source>
        <translation>，集資 HK${amount}</translation>
    </message>
    <message>
        <source> at HK${price}</source>
        <translation>，發售價 HK${price}</translation>
    </message>
    <message>
        <source>{name}: listed on the {board} ({code}){how}</source>
        <translation>{name}：於{board}上市（{code}）{how}</translation>
    </message>
    <message>
        <source>Listed in Hong Kong as {code} (entered by you)</source>
        <translation>以股份代號 {code} 在香港上市（由你輸入）</translation>
    </message>
    <message>
        <source>Listed in Hong Kong as {code} at HK${price} (entered by you)</source>
        <translation>以股份代號 {code} 在香港上市，發售價 HK${price}（由你輸入）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>valued at {valuation}</source>
        <translation>估值 {valuation}</translation>
    </message>
    <message>
        <source>Suggested funding round: {summary}</source>
        <translation>建議的融資輪次：{summary}</translation>
    </message>
    <message>
        <source>HK stock code</source>
        <translation>港股代號</translation>
    </message>
    <message>
        <source>A-share code</source>
        <translation>A股代號</translation>
    </message>
    <message>
        <source>{label} {code}</source>
        <translation>{label} {code}</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; = alias &quot;{alias}&quot;</source>
        <translation>名稱「{name}」= 別名「{alias}」</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; = alias &quot;{alias}&quot; (both &quot;{core}&quot;)</source>
        <translation>名稱「{name}」= 別名「{alias}」（同為「{core}」）</translation>
    </message>
    <message>
        <source>alias &quot;{alias}&quot; begins &quot;{name}&quot;</source>
        <translation>別名「{alias}」以「{name}」開頭</translation>
    </message>
    <message>
        <source>text mentions &quot;{name}&quot;</source>
        <translation>內文提及「{name}」</translation>
    </message>
    <message>
        <source>seed watchlist</source>
        <translation>初始關注列表</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你輸入</translation>
    </message>
    <message>
        <source>funding round</source>
        <translation>融資輪次</translation>
    </message>
    <message>
        <source>added from the pipeline</source>
        <translation>從上市進度加入</translation>
    </message>
    <message>
        <source>; entry fee {fee}</source>
        <translation>；入場費 {fee}</translation>
    </message>
    <message>
        <source>Applications for {name} close in {hours} h, at {time} HKT (brokers close earlier)</source>
        <translation>{name} 將於 {hours} 小時後截止認購，截止時間為香港時間 {time}（經紀會提早截止）</translation>
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
        <source> (estimated)</source>
        <translation>（估算）</translation>
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
        <source> ({shares} shares)</source>
        <translation>（{shares} 股）</translation>
    </message>
    <message>
        <source>; stabilisation ended {date}</source>
        <translation>；穩定價格期已於 {date} 結束</translation>
    </message>
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
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the {limit} MB this app reads</source>
        <translation>檔案大小為 {size} MB，超過本程式可讀取的 {limit} MB</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>檔案不是 PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password</source>
        <translation>此 PDF 已加密，需要密碼</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated and cannot be read</source>
        <translation>此 PDF 已損壞或不完整，無法讀取</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>此 PDF 沒有任何頁面</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, more than the {most} this app reads</source>
        <translation>此 PDF 共 {pages} 頁，超過本程式可讀取的 {most} 頁</translation>
    </message>
    <message>
        <source>listed as {document}, but its headings say it is not one</source>
        <translation>披露易將其列為{document}，但文件標題顯示並非此類文件</translation>
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
        <source>check the document: none of the expected labels was found</source>
        <translation>請核對文件：找不到任何預期的標示</translation>
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
        <source>check the document: the entry fee {fee} (page {page}) is not board lot {lot} × {price} × 1.010085 = {expected}</source>
        <translation>請核對文件：入場費 {fee}（第 {page} 頁）不等於每手 {lot} 股 × {price} × 1.010085 = {expected}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Main Board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>No applicants yet. The pipeline fills in after the first poll of HKEX application proofs (Sources › Poll all now).</source>
        <translation>暫無申請人。首次更新港交所申請版本後（資料來源 › 全部立即更新），上市進度便會填上。</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>正在讀取上市進度…</translation>
    </message>
    <message>
        <source>Also filed as: {names}</source>
        <translation>亦曾以下列名稱遞表：{names}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>Filter applicants by any name</source>
        <translation>按任何名稱篩選申請人</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有階段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>加入關注列表</translation>
    </message>
    <message>
        <source>Open on watchlist</source>
        <translation>在關注列表開啟</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n 名申請人</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Select an applicant to see its filings.</source>
        <translation>選擇一名申請人，查看其文件。</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>Could not read the filings: {reason}</source>
        <translation>無法讀取遞表記錄：{reason}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>無日期</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>開啟文件 ↗</translation>
    </message>
    <message>
        <source>Could not add to the watchlist: {reason}</source>
        <translation>無法加入關注列表：{reason}</translation>
    </message>
</context>
<context>
    <name>PollStatus</name>
    <message>
        <source>Polling {source}…</source>
        <translation>正在更新{source}…</translation>
    </message>
    <message>
        <source>{source}: {problem} {next}</source>
        <translation>{source}：{problem}{next}</translation>
    </message>
    <message>
        <source>{source}: %n new filing(s) for the watchlist</source>
        <translation>{source}：關注列表有 %n 份新文件</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>Polling could not start: {reason}</source>
        <translation>無法開始更新：{reason}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Filings and stage changes</source>
        <translation>文件及階段變更</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不提示</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Start at login, minimised to the tray</source>
        <translation>登入時啟動，並縮到系統匣</translation>
    </message>
    <message>
        <source>Quiet hours: hold notifications from</source>
        <translation>免打擾時段：暫不通知，由</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Alert me about</source>
        <translation>提示我以下類別</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Team database…</source>
        <translation>團隊資料庫…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Kinds that alert</source>
        <translation>會提示的類別</translation>
    </message>
    <message>
        <source>Per company</source>
        <translation>個別公司</translation>
    </message>
    <message>
        <source>Alert on every Hong Kong IPO&apos;s offer opening, not only the watchlist&apos;s</source>
        <translation>每宗香港新股開始招股時均提示，不限於關注列表</translation>
    </message>
    <message>
        <source>The formal notice HKEX publishes the day an offer opens for subscription. Off: only the companies on the watchlist alert.</source>
        <translation>即香港交易所於招股首日刊發的正式通告。關閉時只有關注列表的公司會提示。</translation>
    </message>
    <message>
        <source>Offer reminders</source>
        <translation>招股提示</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>and</source>
        <translation>及</translation>
    </message>
    <message>
        <source>Before applications close</source>
        <translation>截止認購前</translation>
    </message>
    <message>
        <source>Banks and brokers close their own application lists earlier than the time the documents print.</source>
        <translation>銀行及經紀會早於文件所載的時間截止其認購申請。</translation>
    </message>
    <message>
        <source>Before a lock-up ends</source>
        <translation>禁售期屆滿前</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>No share prices yet.</source>
        <translation>暫無股價。</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股價</translation>
    </message>
    <message>
        <source>Offer price not known, so returns cannot be worked out.</source>
        <translation>發售價不詳，無法計算回報。</translation>
    </message>
    <message>
        <source>Prices are in {currency}, the offer price in HK$: not compared.</source>
        <translation>股價以 {currency} 計，發售價以港元計：不作比較。</translation>
    </message>
    <message>
        <source>First-day return {pct}</source>
        <translation>首日回報 {pct}</translation>
    </message>
    <message>
        <source>First-day close not recorded</source>
        <translation>未有首日收市價記錄</translation>
    </message>
    <message>
        <source>Offer {offer} · {first} · Return to date {ret} (close {close} on {day})</source>
        <translation>發售價 {offer} · {first} · 至今回報 {ret}（{day} 收市 {close}）</translation>
    </message>
    <message>
        <source>Close (HK$)</source>
        <translation>收市價（港元）</translation>
    </message>
    <message>
        <source>Close ({currency})</source>
        <translation>收市價（{currency}）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收市價</translation>
    </message>
    <message>
        <source>Offer {price}</source>
        <translation>發售價 {price}</translation>
    </message>
    <message>
        <source>{day}
Close {close}</source>
        <translation>{day}
收市 {close}</translation>
    </message>
    <message>
        <source>
{pct} against the offer</source>
        <translation>
較發售價 {pct}</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit funding round</source>
        <translation>編輯融資輪次</translation>
    </message>
    <message>
        <source>Add funding round</source>
        <translation>新增融資輪次</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if not known</source>
        <translation>YYYY-MM-DD，不詳可留空</translation>
    </message>
    <message>
        <source>e.g. Series C+</source>
        <translation>例如 C+輪</translation>
    </message>
    <message>
        <source>in the round&apos;s currency, e.g. 1,000,000,000 or 1bn</source>
        <translation>以該輪貨幣計，例如 1,000,000,000 或 1bn</translation>
    </message>
    <message>
        <source>only if the source states it in US$</source>
        <translation>只在來源以美元列明時填寫</translation>
    </message>
    <message>
        <source>separate with ; e.g. Fund A; 基金乙</source>
        <translation>以 ; 分隔，例如 基金甲; 基金乙</translation>
    </message>
    <message>
        <source>https://… or where it is written, e.g. Prospectus, p. 212</source>
        <translation>https://… 或資料出處，例如 招股章程第 212 頁</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>貨幣</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金額</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投資者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>Confidentially filed for a Hong Kong share sale, planning to raise about US$200m</source>
        <translation>已以保密形式遞表申請在香港上市，計劃集資約2億美元</translation>
    </message>
    <message>
        <source>Filed for a Main Board listing in Hong Kong</source>
        <translation>已遞表申請在香港主板上市</translation>
    </message>
    <message>
        <source>Plans a Hong Kong listing of up to US$1bn</source>
        <translation>計劃在香港上市，集資最多10億美元</translation>
    </message>
    <message>
        <source>Listed in Hong Kong in Q1 2026</source>
        <translation>於2026年第一季在香港上市</translation>
    </message>
    <message>
        <source>Restructuring for a Hong Kong listing</source>
        <translation>正進行重組，準備在香港上市</translation>
    </message>
    <message>
        <source>Named as a prospective Hong Kong listing candidate</source>
        <translation>被列為潛在的香港上市公司</translation>
    </message>
    <message>
        <source>Bloomberg, as reported by the South China Morning Post</source>
        <translation>彭博，據《南華早報》報道</translation>
    </message>
    <message>
        <source>South China Morning Post</source>
        <translation>《南華早報》</translation>
    </message>
    <message>
        <source>China Daily</source>
        <translation>《中國日報》</translation>
    </message>
    <message>
        <source>PitchBook, as reported by China Daily</source>
        <translation>PitchBook，據《中國日報》報道</translation>
    </message>
    <message>
        <source>AI robotics; industrial 3D cameras</source>
        <translation>人工智能機械人；工業 3D 相機</translation>
    </message>
    <message>
        <source>Microcontrollers for smart home products</source>
        <translation>智能家居產品微控制器</translation>
    </message>
    <message>
        <source>Circuits, precision parts, touch displays</source>
        <translation>電路板、精密零件、觸控顯示屏</translation>
    </message>
    <message>
        <source>AI (large language models)</source>
        <translation>人工智能（大型語言模型）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>圖形處理器</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>機械人</translation>
    </message>
    <message>
        <source>Beijing / Shanghai</source>
        <translation>北京／上海</translation>
    </message>
    <message>
        <source>Shenzhen</source>
        <translation>深圳</translation>
    </message>
    <message>
        <source>Suzhou</source>
        <translation>蘇州</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>廣東</translation>
    </message>
    <message>
        <source>Founded in 2016; dual headquarters in Beijing and Shanghai.</source>
        <translation>2016 年成立；於北京及上海設雙總部。</translation>
    </message>
    <message>
        <source>Raised US$300m in total by its Series C+ round; backers include Intel.</source>
        <translation>截至 C+ 輪累計融資 3 億美元；投資者包括英特爾。</translation>
    </message>
    <message>
        <source>Confidentially filed for a Hong Kong share sale; plans to raise about US$200m.</source>
        <translation>已以保密形式遞表申請在香港上市；計劃集資約 2 億美元。</translation>
    </message>
    <message>
        <source>Founded in 2001 by Yang Yong with 1m yuan.</source>
        <translation>由 Yang Yong 於 2001 年以 100 萬元人民幣創立。</translation>
    </message>
    <message>
        <source>Listed on Shanghai&apos;s STAR Market in 2022; market capitalisation 15.1bn yuan.</source>
        <translation>2022 年於上海證券交易所科創板上市；市值 151 億元人民幣。</translation>
    </message>
    <message>
        <source>Filed for a Main Board listing in Hong Kong.</source>
        <translation>已遞表申請在香港主板上市。</translation>
    </message>
    <message>
        <source>Shenzhen-listed maker of circuits, precision parts and touch displays.</source>
        <translation>在深圳上市的電路板、精密零件及觸控顯示屏製造商。</translation>
    </message>
    <message>
        <source>Plans a Hong Kong listing of up to US$1bn.</source>
        <translation>計劃在香港上市，集資最多 10 億美元。</translation>
    </message>
    <message>
        <source>Listed in Hong Kong in Q1 2026.</source>
        <translation>於 2026 年第一季在香港上市。</translation>
    </message>
    <message>
        <source>Restructuring for a Hong Kong listing.</source>
        <translation>正進行重組，準備在香港上市。</translation>
    </message>
    <message>
        <source>Named as a prospective Hong Kong listing candidate. Its Chinese name is not in the article.</source>
        <translation>被列為潛在的香港上市公司。文章未有載列其中文名稱。</translation>
    </message>
    <message>
        <source>60 companies raised US$18.5bn in Hong Kong IPOs in 2025 to the article&apos;s date, up 158% on the year.</source>
        <translation>2025 年截至文章發表之日，共有 60 家公司透過香港首次公開招股集資 185 億美元，按年增長 158%。</translation>
    </message>
    <message>
        <source>Zhipu, MiniMax, Biren and Iluvatar CoreX drove over US$22bn of AI-related exit value in Q1 2026.</source>
        <translation>2026 年第一季，智譜、MiniMax、壁仞及天數智芯帶動逾 220 億美元與人工智能相關的退出價值。</translation>
    </message>
</context>
<context>
    <name>SourceErrors</name>
    <message>
        <source>HKEX application proofs and PHIPs</source>
        <translation>港交所申請版本及聆訊後資料集</translation>
    </message>
    <message>
        <source>HKEX listing documents</source>
        <translation>港交所上市文件</translation>
    </message>
    <message>
        <source>HKEX New Listing Report</source>
        <translation>港交所新上市報告</translation>
    </message>
    <message>
        <source>CSRC overseas listing filings</source>
        <translation>中證監境外發行上市備案</translation>
    </message>
    <message>
        <source>cninfo A-share announcements</source>
        <translation>巨潮資訊A股公告</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>新聞來源</translation>
    </message>
    <message>
        <source>Share prices (Hong Kong)</source>
        <translation>股價（香港）</translation>
    </message>
    <message>
        <source>Funding rounds in offer documents</source>
        <translation>招股文件中的融資輪次</translation>
    </message>
    <message>
        <source>HKEX offer documents (terms, results)</source>
        <translation>香港交易所招股文件（條款、結果）</translation>
    </message>
    <message>
        <source>Main Board</source>
        <translation>主板</translation>
    </message>
    <message>
        <source>GEM</source>
        <translation>GEM</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>list of active applications</source>
        <translation>處理中申請的列表</translation>
    </message>
    <message>
        <source>list of applications with a PHIP</source>
        <translation>已刊發聆訊後資料集的申請列表</translation>
    </message>
    <message>
        <source>list of lapsed, withdrawn and rejected applications</source>
        <translation>已失效、撤回及被拒絕申請的列表</translation>
    </message>
    <message>
        <source>list of listed applicants</source>
        <translation>已上市申請人的列表</translation>
    </message>
    <message>
        <source>list of returned applications</source>
        <translation>被發回申請的列表</translation>
    </message>
    <message>
        <source>HKEXnews</source>
        <translation>披露易</translation>
    </message>
    <message>
        <source>HKEX</source>
        <translation>港交所</translation>
    </message>
    <message>
        <source>the CSRC website</source>
        <translation>中證監網站</translation>
    </message>
    <message>
        <source>cninfo</source>
        <translation>巨潮資訊</translation>
    </message>
    <message>
        <source>Tencent&apos;s quote server</source>
        <translation>騰訊行情伺服器</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>Yahoo 財經</translation>
    </message>
    <message>
        <source>{what}: {meaning}.</source>
        <translation>{what}：{meaning}。</translation>
    </message>
    <message>
        <source>{what}: {meaning}. {next_step}</source>
        <translation>{what}：{meaning}。{next_step}</translation>
    </message>
    <message>
        <source>{text}

Technical detail: {detail}</source>
        <translation>{text}

技術細節：{detail}</translation>
    </message>
    <message>
        <source>HKEX&apos;s {file} ({details})</source>
        <translation>港交所的{file}（{details}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>HKEXnews&apos;s list of the latest listing documents</source>
        <translation>披露易的最新上市文件列表</translation>
    </message>
    <message>
        <source>HKEX&apos;s New Listing Report for {year} ({language})</source>
        <translation>港交所 {year} 年新上市報告（{language}）</translation>
    </message>
    <message>
        <source>the CSRC&apos;s table of overseas listing filings</source>
        <translation>中證監的境外發行上市備案公示表</translation>
    </message>
    <message>
        <source>a news feed</source>
        <translation>新聞來源</translation>
    </message>
    <message>
        <source>Tencent&apos;s quote for {code}</source>
        <translation>騰訊 {code} 的報價</translation>
    </message>
    <message>
        <source>Yahoo Finance&apos;s prices for {code}.HK</source>
        <translation>Yahoo 財經 {code}.HK 的股價</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>檔案 {name}</translation>
    </message>
    <message>
        <source>the file is not on the server (HTTP 404)</source>
        <translation>伺服器上沒有這個檔案（HTTP 404）</translation>
    </message>
    <message>
        <source>the server refused to hand it out (HTTP {status})</source>
        <translation>伺服器拒絕提供（HTTP {status}）</translation>
    </message>
    <message>
        <source>the server asked the app to slow down (HTTP 429)</source>
        <translation>伺服器要求本程式放慢請求（HTTP 429）</translation>
    </message>
    <message>
        <source>the server had a problem on its side (HTTP {status})</source>
        <translation>伺服器端出現問題（HTTP {status}）</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP {status})</source>
        <translation>伺服器回覆錯誤（HTTP {status}）</translation>
    </message>
    <message>
        <source>HKEX does not publish this file for this board</source>
        <translation>港交所沒有為此板塊刊發這個檔案</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>伺服器未能及時回應</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up (is the network up?)</source>
        <translation>無法查找伺服器名稱（網絡是否已連線？）</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>無法連線到伺服器</translation>
    </message>
    <message>
        <source>the secure connection to the server failed</source>
        <translation>與伺服器的加密連線失敗</translation>
    </message>
    <message>
        <source>not asked, because the same server failed earlier in this poll</source>
        <translation>未有查詢，因同一伺服器在今次更新中較早前已出錯</translation>
    </message>
    <message>
        <source>the server sent the app somewhere else, which it does not follow</source>
        <translation>伺服器把請求轉往別處，本程式不會跟隨</translation>
    </message>
    <message>
        <source>the answer was far larger than expected, so the app stopped reading</source>
        <translation>回覆遠大於預期，本程式已停止讀取</translation>
    </message>
    <message>
        <source>the answer was not in the form the app reads (the site may have changed)</source>
        <translation>回覆的格式不是本程式可讀取的（網站可能已改版）</translation>
    </message>
    <message>
        <source>%n record(s) skipped (no name, id or date to go by)</source>
        <translation>略過了 %n 項記錄（沒有可依據的名稱、編號或日期）</translation>
    </message>
    <message>
        <source>HKEX publishes no GEM report for that year</source>
        <translation>港交所沒有刊發該年度的 GEM 報告</translation>
    </message>
    <message>
        <source>more offer documents wait for the next poll</source>
        <translation>還有招股文件留待下次更新讀取</translation>
    </message>
    <message>
        <source>it failed, without saying why</source>
        <translation>失敗，原因不明</translation>
    </message>
    <message>
        <source>it refused the password</source>
        <translation>密碼被拒絕</translation>
    </message>
    <message>
        <source>the database is not on the server</source>
        <translation>伺服器上沒有這個資料庫</translation>
    </message>
    <message>
        <source>the connection to it was lost, so nothing of this poll was stored</source>
        <translation>連線已中斷，這次更新的資料均未儲存</translation>
    </message>
    <message>
        <source>its server cannot be reached (is it running, is the network up?)</source>
        <translation>無法連線到其伺服器（伺服器是否正在運行？網絡是否正常？）</translation>
    </message>
    <message>
        <source>; HKEX does not publish every file for GEM</source>
        <translation>；港交所並非每類檔案都有 GEM 版本</translation>
    </message>
    <message>
        <source>at the next poll</source>
        <translation>在下次更新時</translation>
    </message>
    <message>
        <source>at the next poll, tomorrow</source>
        <translation>在下次更新時（明天）</translation>
    </message>
    <message>
        <source>at the next poll, in %n day(s)</source>
        <translation>在下次更新時（%n 日後）</translation>
    </message>
    <message>
        <source>at the next poll, in %n hour(s)</source>
        <translation>在下次更新時（%n 小時後）</translation>
    </message>
    <message>
        <source>at the next poll, in {minutes} minutes</source>
        <translation>在下次更新時（{minutes} 分鐘後）</translation>
    </message>
    <message>
        <source>Yahoo Finance: </source>
        <translation>Yahoo 財經：</translation>
    </message>
    <message>
        <source>Tencent: </source>
        <translation>騰訊：</translation>
    </message>
    <message>
        <source>Share prices for {code}</source>
        <translation>{code} 的股價</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the team database {account}</source>
        <translation>團隊資料庫 {account}</translation>
    </message>
    <message>
        <source>the CSRC&apos;s website refuses connections from this network (HTTP 403), as it does for some networks and countries; another network may get through</source>
        <translation>中證監網站拒絕來自此網絡的連線（HTTP 403），它對部分網絡及國家或地區皆如此；改用其他網絡或可連上</translation>
    </message>
    <message>
        <source> (and other files too)</source>
        <translation>（其他檔案亦然）</translation>
    </message>
    <message>
        <source> (other files failed as well)</source>
        <translation>（其他檔案亦出錯）</translation>
    </message>
    <message>
        <source>The source is turned off: turn it on in the Sources view to try again.</source>
        <translation>此資料來源已關閉：請在「資料來源」頁面開啟後再試。</translation>
    </message>
    <message>
        <source>Nothing is missing if HKEX has no such file; the others are read as usual.</source>
        <translation>如港交所沒有此檔案，並無遺漏；其他檔案照常讀取。</translation>
    </message>
    <message>
        <source>Nothing stored before is lost; the app tries again {when}.</source>
        <translation>先前儲存的資料不會遺失；程式會{when}再試。</translation>
    </message>
    <message>
        <source>The “{title}” source has not run yet; it runs soon after the app starts (or press Poll now in the Sources view).</source>
        <translation>「{title}」資料來源尚未執行；程式啟動後不久便會執行（或在「資料來源」頁面按「立即更新」）。</translation>
    </message>
    <message>
        <source>The “{title}” source is turned off: turn it on in the Sources view.</source>
        <translation>「{title}」資料來源已關閉：請在「資料來源」頁面開啟。</translation>
    </message>
    <message>
        <source>The “{title}” source is failing. {reason}</source>
        <translation>「{title}」資料來源出錯。{reason}</translation>
    </message>
    <message>
        <source>The “{title}” source has not finished a poll yet.</source>
        <translation>「{title}」資料來源尚未完成任何一次更新。</translation>
    </message>
    <message>
        <source>The “{title}” source ran on {date} and found nothing yet.</source>
        <translation>「{title}」資料來源已於 {date} 執行，暫未找到任何內容。</translation>
    </message>
    <message>
        <source>No new-listing data yet.</source>
        <translation>暫無新上市資料。</translation>
    </message>
    <message>
        <source>Meanwhile, from the starting watchlist&apos;s sources:</source>
        <translation>在此期間，來自初始關注列表的資料：</translation>
    </message>
    <message>
        <source>{source}, {date}</source>
        <translation>{source}，{date}</translation>
    </message>
    <message>
        <source>• {fact} ({source})</source>
        <translation>• {fact}（{source}）</translation>
    </message>
    <message>
        <source>No share prices: the company has no Hong Kong stock code yet.
Prices are fetched once it has one (from HKEX&apos;s listing files, or typed in Edit company).</source>
        <translation>沒有股價：這家公司尚未有港股代號。
有代號後（來自港交所上市檔案，或在「編輯公司」中輸入）便會取得股價。</translation>
    </message>
    <message>
        <source>No share prices yet: {hk_code} starts trading on {date}.
The “{title}” source fetches closing prices once a day from then on.</source>
        <translation>暫無股價：{hk_code} 將於 {date} 開始買賣。
「{title}」資料來源屆時起每日取得一次收市價。</translation>
    </message>
    <message>
        <source>No share prices yet: code {hk_code} is known, but no prices have been fetched.</source>
        <translation>暫無股價：已知代號 {hk_code}，但尚未取得股價。</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source runs once a day; it has not run yet.</source>
        <translation>{head}
「{title}」資料來源每日執行一次，尚未執行。</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source is turned off: turn it on in the Sources view.</source>
        <translation>{head}
「{title}」資料來源已關閉：請在「資料來源」頁面開啟。</translation>
    </message>
    <message>
        <source>{head}
The price source is failing. {reason}</source>
        <translation>{head}
股價資料來源出錯。{reason}</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source runs once a day; prices appear after its next run.</source>
        <translation>{head}
「{title}」資料來源每日執行一次；下次執行後便會顯示股價。</translation>
    </message>
</context>
<context>
    <name>SourceHealth</name>
    <message>
        <source>The company is no longer on the watchlist.</source>
        <translation>這家公司已不在關注列表上。</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>running…</source>
        <translation>執行中…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>即將執行</translation>
    </message>
    <message>
        <source>Never succeeded yet</source>
        <translation>從未成功</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Poll all now</source>
        <translation>全部立即更新</translation>
    </message>
    <message>
        <source>News feeds…</source>
        <translation>新聞來源…</translation>
    </message>
    <message>
        <source>Could not load the sources: {reason}</source>
        <translation>無法載入資料來源：{reason}</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>無法儲存：{reason}</translation>
    </message>
    <message>
        <source>Nothing to poll: those sources are paused or already running.</source>
        <translation>沒有可更新的資料來源：這些來源已暫停或正在執行。</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n source(s)…</source>
        <translation>
            <numerusform>正在更新 %n 個資料來源…</numerusform>
        </translation>
    </message>
    <message>
        <source>News feeds saved; they are read on the next news poll.</source>
        <translation>已儲存新聞來源；下次更新新聞時便會讀取。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Watching</source>
        <translation>關注中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已傳出上市計劃</translation>
    </message>
    <message>
        <source>CSRC filed</source>
        <translation>已向中證監備案</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>已遞表</translation>
    </message>
    <message>
        <source>CSRC cleared</source>
        <translation>已獲備案通知書</translation>
    </message>
    <message>
        <source>Hearing passed</source>
        <translation>已通過聆訊</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>招股中</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>申請已失效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已被發回</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已被拒絕</translation>
    </message>
    <message>
        <source>On the watchlist; no step towards a Hong Kong listing seen yet</source>
        <translation>已加入關注列表；尚未見到赴港上市的任何步驟</translation>
    </message>
    <message>
        <source>News or the company itself says it plans a Hong Kong listing; nothing filed</source>
        <translation>新聞或公司表示計劃在香港上市；尚未遞表</translation>
    </message>
    <message>
        <source>The CSRC has received the company&apos;s filing for an overseas listing</source>
        <translation>中國證監會已接收公司的境外上市備案</translation>
    </message>
    <message>
        <source>An application proof is on HKEXnews: the company has applied to list; an application lapses six months after it was filed</source>
        <translation>披露易已刊登申請版本：公司已遞交上市申請；申請於遞交六個月後失效</translation>
    </message>
    <message>
        <source>The CSRC has published its filing notice: the company may list abroad</source>
        <translation>中國證監會已發出備案通知書：公司可赴境外上市</translation>
    </message>
    <message>
        <source>HKEX has published the Post Hearing Information Pack: the Listing Committee has approved; the offer usually follows within weeks</source>
        <translation>香港交易所已刊登聆訊後資料集：上市委員會已批准；招股通常於數週內開始</translation>
    </message>
    <message>
        <source>The prospectus or formal notice is out: the public offer is open or set</source>
        <translation>招股章程或正式通告已刊發：公開發售已開始或已定期</translation>
    </message>
    <message>
        <source>The shares trade in Hong Kong</source>
        <translation>股份已在香港買賣</translation>
    </message>
    <message>
        <source>The application lapsed six months after it was filed; a new application proof puts the company back on the path</source>
        <translation>申請已於遞交六個月後失效；重新遞交申請版本即重回上市進程</translation>
    </message>
    <message>
        <source>The company withdrew its application</source>
        <translation>公司已撤回上市申請</translation>
    </message>
    <message>
        <source>HKEX returned the application as incomplete; no new filing for eight weeks</source>
        <translation>香港交易所以資料不完整為由發回申請；八週內不得重新遞表</translation>
    </message>
    <message>
        <source>HKEX rejected the application</source>
        <translation>香港交易所已拒絕上市申請</translation>
    </message>
    <message>
        <source>Lapsed six months after filing (Listing Rule 9.03)</source>
        <translation>遞表六個月後失效（《上市規則》第9.03條）</translation>
    </message>
    <message>
        <source>Waiting for news of a listing plan</source>
        <translation>等待上市計劃的消息</translation>
    </message>
    <message>
        <source>CSRC filing or an Application Proof on HKEXnews</source>
        <translation>向中證監備案，或在披露易刊發申請版本</translation>
    </message>
    <message>
        <source>Application Proof on HKEXnews and the CSRC filing notice</source>
        <translation>在披露易刊發申請版本及取得中證監備案通知書</translation>
    </message>
    <message>
        <source>Application proof lapses on {lapse} unless a hearing is passed</source>
        <translation>除非通過聆訊，申請版本將於 {lapse} 失效</translation>
    </message>
    <message>
        <source>Listing hearing (PHIP)</source>
        <translation>上市聆訊（聆訊後資料集）</translation>
    </message>
    <message>
        <source>Prospectus and launch of the offer</source>
        <translation>刊發招股章程並開始招股</translation>
    </message>
    <message>
        <source>Allotment results and first day of trading</source>
        <translation>配發結果及首日買賣</translation>
    </message>
    <message>
        <source>Trading: share price against the offer price</source>
        <translation>買賣中：股價對比發售價</translation>
    </message>
    <message>
        <source>A new Application Proof, not before {earliest} (eight weeks after the return)</source>
        <translation>重新遞交申請版本，最早 {earliest}（發回後八星期）</translation>
    </message>
    <message>
        <source>A new Application Proof after the rejection</source>
        <translation>被拒絕後重新遞交申請版本</translation>
    </message>
    <message>
        <source>A new Application Proof (re-filing)</source>
        <translation>重新遞交申請版本</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n 日</translation>
    </message>
    <message>
        <source>Lapsed on {since} ({days} ago)</source>
        <translation>已於 {since} 失效（{days}前）</translation>
    </message>
    <message>
        <source>Lapsed (HKEX gives no date for the lapse)</source>
        <translation>已失效（港交所未公佈失效日期）</translation>
    </message>
    <message>
        <source>; the Application Proof was filed on {filed}</source>
        <translation>；申請版本於 {filed} 遞交</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>In this stage since {since} ({days}).</source>
        <translation>自 {since} 起處於此階段（{days}）。</translation>
    </message>
    <message>
        <source>Next: listing hearing (PHIP); the Application Proof lapses on {lapse} ({left} left) unless a hearing is passed.</source>
        <translation>下一步：上市聆訊（聆訊後資料集）；除非通過聆訊，申請版本將於 {lapse} 失效（尚餘 {left}）。</translation>
    </message>
    <message>
        <source>Next: {step}.</source>
        <translation>下一步：{step}。</translation>
    </message>
</context>
<context>
    <name>SubscriptionChart</name>
    <message>
        <source>No listing has both figures yet: the allotment results (how many times the Hong Kong public offer was subscribed) and the close of its listing day. Both come with the polls of HKEX offer documents and share prices.</source>
        <translation>暫無同時具備兩項數字的上市：配發結果（香港公開發售的認購倍數）及上市日收市價。兩者均來自港交所招股文件及股價的更新。</translation>
    </message>
    <message>
        <source>Oversubscription and first-day return</source>
        <translation>超額認購與首日回報</translation>
    </message>
    <message>
        <source>Subscribed: the Hong Kong public offer, as the allotment results state it. First-day return: the close of the listing day against the final offer price.</source>
        <translation>認購倍數：香港公開發售部分，按配發結果所載。首日回報：上市日收市價對比最終發售價。</translation>
    </message>
    <message>
        <source>%n listing(s) of the year without both figures.</source>
        <translation>該年有 %n 宗上市未有兩項數字。</translation>
    </message>
    <message>
        <source>HK public offer subscribed (times, log scale)</source>
        <translation>香港公開發售認購倍數（對數刻度）</translation>
    </message>
    <message>
        <source>First-day return (%)</source>
        <translation>首日回報（%）</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>關注的公司</translation>
    </message>
    <message>
        <source>Other listings</source>
        <translation>其他上市</translation>
    </message>
</context>
<context>
    <name>SuggestedRounds</name>
    <message>
        <source>Round</source>
        <translation>輪次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投資者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Also: </source>
        <translation>另見：</translation>
    </message>
    <message>
        <source>Found in the company&apos;s filings and in the news. Nothing enters the chart until you accept it; a rejected round is not suggested again.</source>
        <translation>來自公司文件及新聞。須經你接受才會加入圖表；被拒絕的輪次不會再次建議。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>編輯並接受…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Add this round to the company&apos;s funding history as stated</source>
        <translation>按所載內容將此輪加入公司的融資記錄</translation>
    </message>
    <message>
        <source>Correct the figures first, then add the round</source>
        <translation>先修正數字，再加入此輪</translation>
    </message>
    <message>
        <source>Not a round of this company: do not suggest it again</source>
        <translation>並非這家公司的融資：不再建議</translation>
    </message>
    <message>
        <source>Suggested rounds ({count})</source>
        <translation>建議的輪次（{count}）</translation>
    </message>
    <message>
        <source>Check the suggested round</source>
        <translation>檢查建議的輪次</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>未儲存：{exc}</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Watchlist</source>
        <translation>關注列表</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>上市進度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>招股</translation>
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
        <source>The team database {account} keeps text as {encoding}, which cannot hold Chinese names; the app needs UTF-8 and changed nothing. The team admin makes a new one with: {command}</source>
        <translation>團隊資料庫 {account} 以 {encoding} 儲存文字，無法存放中文名稱；程式需要 UTF-8，未有作出任何更改。團隊管理員可用以下指令建立新的資料庫：{command}</translation>
    </message>
    <message>
        <source>The team database cannot be reached: its server stopped, or the network is down. Nothing was changed; try again once it is back.</source>
        <translation>無法連線到團隊資料庫：伺服器已停止，或網絡中斷。未有作出任何更改；請在恢復連線後再試。</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>此用戶</translation>
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
        <source>The server {where} has no database named {name}. The team admin creates it with: {command}</source>
        <translation>伺服器 {where} 沒有名為 {name} 的資料庫。團隊管理員可用以下指令建立：{command}</translation>
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
        <source>Lost the team database {account} (its server stopped, or the network is down); the app tries again every {seconds} seconds.</source>
        <translation>與團隊資料庫 {account} 的連線已中斷（伺服器已停止，或網絡中斷）；程式會每 {seconds} 秒再試。</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>已重新連線到團隊資料庫。</translation>
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
        <source>Copying this desktop&apos;s data…</source>
        <translation>正在複製這部電腦的資料…</translation>
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
<context>
    <name>TimelineBand</name>
    <message>
        <source>Exchange announcements</source>
        <translation>交易所公告</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新聞</translation>
    </message>
    <message>
        <source>{day} · {kind}
{title}</source>
        <translation>{day} · {kind}
{title}</translation>
    </message>
    <message>
        <source>
Click to open the document</source>
        <translation>
按一下開啟文件</translation>
    </message>
    <message>
        <source>No dated filings or news yet.</source>
        <translation>暫無附日期的文件或新聞。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>{stage} from {date}
{title}</source>
        <translation>自 {date} 起{stage}
{title}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Lapsed {date}</source>
        <translation>{date} 失效</translation>
    </message>
    <message>
        <source>Application proof lapses {date} · {left} days left</source>
        <translation>申請版本於 {date} 失效 · 尚餘 {left} 日</translation>
    </message>
    <message>
        <source>Application proof lapsed {date}</source>
        <translation>申請版本已於 {date} 失效</translation>
    </message>
    <message>
        <source>Listing Rule 9.03: an Application Proof lapses six months after filing</source>
        <translation>《上市規則》第9.03條：申請版本於遞表六個月後失效</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open IPO Pipeline Watch</source>
        <translation>開啟 IPO Pipeline Watch</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>顯示提示</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Pause alerts for 1 hour</source>
        <translation>暫停提示 1 小時</translation>
    </message>
    <message>
        <source>Pause alerts until tomorrow</source>
        <translation>暫停提示至明天</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>恢復提示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Resume alerts (paused until {time})</source>
        <translation>恢復提示（暫停至 {time}）</translation>
    </message>
    <message numerus="yes">
        <source>IPO Pipeline Watch — %n unread alert(s)</source>
        <translation>
            <numerusform>IPO Pipeline Watch — %n 則未讀提示</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts paused until {moment}</source>
        <translation>提示已暫停至 {moment}</translation>
    </message>
    <message>
        <source>Show alerts ({count})</source>
        <translation>顯示提示（{count}）</translation>
    </message>
    <message>
        <source>{title}: {body}</source>
        <translation>{title}：{body}</translation>
    </message>
</context>
<context>
    <name>WatchlistExport</name>
    <message>
        <source>Unknown format {format}: use csv or json.</source>
        <translation>不明格式 {format}：請使用 csv 或 json。</translation>
    </message>
</context>
<context>
    <name>WatchlistImport</name>
    <message>
        <source>(empty)</source>
        <translation>（空白）</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行業</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>總部</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>HK code</source>
        <translation>港股代號</translation>
    </message>
    <message>
        <source>A-share code</source>
        <translation>A股代號</translation>
    </message>
    <message>
        <source>A-share exchange</source>
        <translation>A股交易所</translation>
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
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>%n fact(s)</source>
        <translation>%n 項資料</translation>
    </message>
    <message>
        <source>{count} to add</source>
        <translation>新增 {count} 項</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>更新 {count} 項</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} 項不變</translation>
    </message>
    <message>
        <source>{count} with problems</source>
        <translation>{count} 項有問題</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>At most {MAX_IMPORT_ROWS} companies per import.</source>
        <translation>每次最多匯入 {MAX_IMPORT_ROWS} 家公司。</translation>
    </message>
    <message>
        <source>“{name}” is also on line {line}.</source>
        <translation>「{name}」亦在第 {line} 行。</translation>
    </message>
    <message>
        <source>The file has %n problem(s); fix them and preview again. Nothing was imported.</source>
        <translation>檔案有 %n 個問題；請修正後再預覽。未有匯入任何資料。</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” changed since the preview. Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：「{name}」在預覽後已有更改。未有匯入任何資料；請重新預覽檔案。</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” was added to the watchlist since the preview. Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：「{name}」在預覽後已加入關注列表。未有匯入任何資料；請重新預覽檔案。</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: {exc}</source>
        <translation>匯入前未能備份，因此未有匯入任何資料：{exc}</translation>
    </message>
    <message>
        <source>Line {line}: {problems} Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：{problems} 未有匯入任何資料；請重新預覽檔案。</translation>
    </message>
</context>
<context>
    <name>WatchlistModel</name>
    <message>
        <source>%n day(s) in this stage, since {date}</source>
        <translation>處於此階段 %n 天，自 {date} 起</translation>
    </message>
    <message>
        <source>Also known as: {aliases}</source>
        <translation>又名：{aliases}</translation>
    </message>
    <message>
        <source>%n suggested funding round(s) to accept or reject on the Funding tab</source>
        <translation>有 %n 個建議的融資輪次，可在「融資」分頁接受或拒絕</translation>
    </message>
</context>
<context>
    <name>WatchlistPane</name>
    <message>
        <source>Filter by name, alias, code or tag  (Ctrl+F)</source>
        <translation>按名稱、別名、代號或標籤篩選（Ctrl+F）</translation>
    </message>
    <message>
        <source>Your watchlist is empty.

Add a company with File › Add company (Ctrl+N), or bring one in from the pipeline.</source>
        <translation>你的關注列表是空的。

可在「檔案 › 新增公司」（Ctrl+N）加入公司，或從「上市進度」加入。</translation>
    </message>
    <message>
        <source>The watchlist could not be read: {reason}</source>
        <translation>無法讀取關注列表：{reason}</translation>
    </message>
    <message>
        <source>No company matches “{text}”.

Try fewer words, an alias or a stock code, or add the company (Ctrl+N).</source>
        <translation>沒有公司符合「{text}」。

請嘗試減少字詞、使用別名或股份代號，或新增這家公司（Ctrl+N）。</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n 間公司</numerusform>
        </translation>
    </message>
    <message>
        <source>{companies} · {listed} listed</source>
        <translation>{companies} · {listed} 間已上市</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
</TS>
