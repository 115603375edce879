<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>About {APP_NAME}</source>
        <translation>关于 {APP_NAME}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;Follows mainland Chinese tech companies on their way to a Hong Kong listing: HKEX application proofs and listing documents, the CSRC filing table, exchange announcements and news, in one timeline per company.&lt;/p&gt;&lt;p&gt;Facts come from the linked sources. This is not investment advice.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Data folder: {folder}&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{APP_NAME} {version}&lt;/h3&gt;&lt;p&gt;追踪中国内地科技公司赴港上市的进程：港交所申请版本及上市文件、证监会备案公示表、交易所公告及新闻，每家公司一条时间线。&lt;/p&gt;&lt;p&gt;所有信息均来自所链接的来源。本程序不构成投资建议。&lt;/p&gt;&lt;p&gt;&lt;small&gt;数据文件夹：{folder}&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add company…</source>
        <translation>添加公司(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a company to the watchlist</source>
        <translation>将公司添加到关注列表</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>编辑公司(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected company</source>
        <translation>编辑所选公司</translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation>删除公司(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected company from the watchlist</source>
        <translation>从关注列表中移除所选公司</translation>
    </message>
    <message>
        <source>&amp;Import watchlist…</source>
        <translation>导入关注列表(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;watchlist…</source>
        <translation>导出关注列表(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;events…</source>
        <translation>导出事件(&amp;E)…</translation>
    </message>
    <message>
        <source>Export key &amp;dates (.ics)…</source>
        <translation>导出重要日期 (.ics)(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up now or restore an earlier backup</source>
        <translation>立即备份或恢复较早的备份</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Alerts, quiet hours, start at login</source>
        <translation>提醒、免打扰时段、登录时启动</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the watchlist</source>
        <translation>筛选关注列表</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the watchlist</source>
        <translation>重新加载关注列表</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>Show the next tab</source>
        <translation>显示下一个标签页</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>上一个标签页(&amp;V)</translation>
    </message>
    <message>
        <source>Show the previous tab</source>
        <translation>显示上一个标签页</translation>
    </message>
    <message>
        <source>&amp;Watchlist</source>
        <translation>关注列表(&amp;W)</translation>
    </message>
    <message>
        <source>The companies you follow</source>
        <translation>你关注的公司</translation>
    </message>
    <message>
        <source>&amp;Pipeline</source>
        <translation>上市进度(&amp;P)</translation>
    </message>
    <message>
        <source>Every Hong Kong applicant seen</source>
        <translation>所有出现过的香港上市申请人</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>数据来源(&amp;S)</translation>
    </message>
    <message>
        <source>Source health and schedule</source>
        <translation>数据来源状态和计划</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>提醒(&amp;A)</translation>
    </message>
    <message>
        <source>Every alert, read and unread</source>
        <translation>所有提醒，包括已读和未读</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>The Hong Kong IPO market, companies compared</source>
        <translation>香港新股市场及公司对比</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>招股(&amp;O)</translation>
    </message>
    <message>
        <source>Hong Kong IPOs: open now, listing soon, lock-ups ending</source>
        <translation>香港新股：招股中、即将上市、禁售期届满</translation>
    </message>
    <message>
        <source>&amp;Poll all sources now</source>
        <translation>立即更新所有数据来源(&amp;P)</translation>
    </message>
    <message>
        <source>Ask every enabled source for news now</source>
        <translation>立即向所有已启用的数据来源查询最新消息</translation>
    </message>
    <message>
        <source>&amp;About IPO Pipeline Watch</source>
        <translation>关于 IPO Pipeline Watch(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AlertInbox</name>
    <message>
        <source>No alerts yet. You will be told here (and by a notification) when a watched company files something new.</source>
        <translation>暂无提醒。关注的公司发布新文件时，会在此处（并通过通知）告诉你。</translation>
    </message>
    <message>
        <source>No alerts match the filters.</source>
        <translation>没有符合筛选条件的提醒。</translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>正在读取提醒…</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>打开文件 ↗</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>仅显示未读</translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>{count} unread</source>
        <translation>{count} 条未读</translation>
    </message>
    <message>
        <source>Could not load alerts: {reason}</source>
        <translation>无法加载提醒：{reason}</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>Application Proof</source>
        <translation>申请版本</translation>
    </message>
    <message>
        <source>new Application Proof</source>
        <translation>新申请版本</translation>
    </message>
    <message>
        <source>PHIP</source>
        <translation>聆讯后资料集</translation>
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
        <translation>已被发回</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
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
        <translation>配发结果</translation>
    </message>
    <message>
        <source>formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>CSRC received</source>
        <translation>证监会已接收</translation>
    </message>
    <message>
        <source>CSRC request</source>
        <translation>证监会要求补充</translation>
    </message>
    <message>
        <source>CSRC comments</source>
        <translation>证监会征求意见</translation>
    </message>
    <message>
        <source>CSRC notice</source>
        <translation>证监会备案通知书</translation>
    </message>
    <message>
        <source>A-share announcement</source>
        <translation>A股公告</translation>
    </message>
    <message>
        <source>news</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>suggested round</source>
        <translation>建议的融资轮次</translation>
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
        <translation>及另外 {more} 项</translation>
    </message>
    <message>
        <source>%n new filing(s)</source>
        <translation>%n 份新文件</translation>
    </message>
    <message>
        <source>%n new alert(s)</source>
        <translation>%n 条新提醒</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Daily backup failed: {reason}</source>
        <translation>每日备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
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
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is made every day and the newest {keep} are kept, in:
{folder}</source>
        <translation>每天自动备份，并保留最新的 {keep} 份，存放在：
{folder}</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backed up to {name}.</source>
        <translation>已备份到 {name}。</translation>
    </message>
    <message>
        <source>This backup cannot be restored: {problem}</source>
        <translation>无法恢复此备份：{problem}</translation>
    </message>
    <message>
        <source> ({count} companies)</source>
        <translation>（{count} 家公司）</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restore the backup of {when}{companies}?

The current database is kept next to it under another name, and the app will reload with the data of the backup. Changes made since the backup will not be shown.</source>
        <translation>要恢复 {when} 的备份{companies}吗？

当前数据库会以另一名称保留在同一位置，程序将使用备份的数据重新加载。备份之后所做的更改将不会显示。</translation>
    </message>
</context>
<context>
    <name>CalendarIcs</name>
    <message>
        <source>Application Proof filed</source>
        <translation>已递交申请版本</translation>
    </message>
    <message>
        <source>Application proof</source>
        <translation>申请版本</translation>
    </message>
    <message>
        <source>new Application Proof version</source>
        <translation>申请版本更新</translation>
    </message>
    <message>
        <source>listing hearing passed (PHIP posted)</source>
        <translation>已通过上市聆讯（已刊发聆讯后资料集）</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>聆讯</translation>
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
        <translation>{name}：申请版本已失效</translation>
    </message>
    <message>
        <source>The Application Proof lapsed six months after filing without a hearing (Listing Rule 9.03).</source>
        <translation>申请版本于递表六个月后仍未通过聆讯，已失效（《上市规则》第9.03条）。</translation>
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
        <translation>{name}：申请版本失效</translation>
    </message>
    <message>
        <source>The live Application Proof lapses six months after filing unless a hearing is passed (Listing Rule 9.03).</source>
        <translation>除非通过聆讯，有效的申请版本会在递表六个月后失效（《上市规则》第9.03条）。</translation>
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
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV</source>
        <translation>将图表背后的数据保存为 CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The chart could not be loaded: {reason}</source>
        <translation>无法加载图表：{reason}</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not save the file:
{reason}</source>
        <translation>无法保存文件：
{reason}</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Hong Kong IPO market</source>
        <translation>香港IPO市场</translation>
    </message>
    <message>
        <source>Compare companies</source>
        <translation>对比公司</translation>
    </message>
    <message>
        <source>Oversubscription and first-day return</source>
        <translation>超额认购与首日回报</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>板块</translation>
    </message>
    <message>
        <source>First filed</source>
        <translation>首次递表</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <source>On watchlist</source>
        <translation>在关注列表中</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Items seen</source>
        <translation>已获取条目</translation>
    </message>
    <message>
        <source>New last poll</source>
        <translation>上次更新的新条目</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Next expected step</source>
        <translation>预计下一步</translation>
    </message>
    <message>
        <source>The company&apos;s name in Chinese</source>
        <translation>公司中文名称</translation>
    </message>
    <message>
        <source>Where the company stands on the way to a Hong Kong listing: reported, CSRC filing, application filed, hearing passed, offering, listed</source>
        <translation>公司在香港上市进程中所处的阶段：传出上市计划、向证监会备案、递表、通过聆讯、招股、上市</translation>
    </message>
    <message>
        <source>The newest event seen for the company</source>
        <translation>公司最新的一条动态</translation>
    </message>
    <message>
        <source>Days in the current stage</source>
        <translation>处于当前阶段的天数</translation>
    </message>
    <message>
        <source>What usually comes next, and when</source>
        <translation>通常的下一步及预计时间</translation>
    </message>
</context>
<context>
    <name>CompanyActions</name>
    <message>
        <source>Company added.</source>
        <translation>已添加公司。</translation>
    </message>
    <message>
        <source>Found %n earlier filing(s) for it.</source>
        <translation>找到 %n 份较早的文件。</translation>
    </message>
    <message>
        <source>Company saved.</source>
        <translation>公司已保存。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>删除公司</translation>
    </message>
    <message>
        <source>Delete “{name}” from the watchlist?</source>
        <translation>要从关注列表中删除“{name}”吗？</translation>
    </message>
    <message>
        <source>It is removed together with {what}.</source>
        <translation>将连同{what}一并删除。</translation>
    </message>
    <message>
        <source>It is removed together with nothing else.</source>
        <translation>不会连带删除其他数据。</translation>
    </message>
    <message>
        <source>Its filings stay in the pipeline, so you can add it back later, but what you typed yourself cannot be recovered (except from a backup).</source>
        <translation>其递表记录仍保留在上市进度中，日后可再加回；但您自行输入的内容将无法恢复（备份除外）。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Alerts paused until {moment}.</source>
        <translation>提醒已暂停至 {moment}。</translation>
    </message>
    <message>
        <source>Alerts resumed.</source>
        <translation>提醒已恢复。</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Could not change it: {reason}</source>
        <translation>无法更改：{reason}</translation>
    </message>
    <message>
        <source>Could not read the data: {reason}</source>
        <translation>无法读取数据：{reason}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart IPO Pipeline Watch now?</source>
        <translation>新语言将在下次启动时生效。现在重新启动 IPO Pipeline Watch 吗？</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>* required. Everything else can stay empty until you know it.</source>
        <translation>* 为必填项。其他字段可留空，待获知后再填。</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>添加公司</translation>
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
        <translation>每行一个：其他英文或中文名称、简称</translation>
    </message>
    <message>
        <source>year, e.g. 2016</source>
        <translation>年份，例如 2016</translation>
    </message>
    <message>
        <source>after listing, e.g. 02513</source>
        <translation>上市后，例如 02513</translation>
    </message>
    <message>
        <source>first day of trading, YYYY-MM-DD</source>
        <translation>首个交易日，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Typed by you: with the HK code it makes the company “Listed” (shown as entered by you).</source>
        <translation>由你输入：连同港股代码，公司将标记为“已上市”（显示为由你输入）。</translation>
    </message>
    <message>
        <source>HK$ per share, e.g. 116.20</source>
        <translation>每股港元，例如 116.20</translation>
    </message>
    <message>
        <source>6 digits, for A-share companies</source>
        <translation>6 位数字，适用于A股公司</translation>
    </message>
    <message>
        <source>comma separated, e.g. AI, robotics</source>
        <translation>用逗号分隔，例如 AI, 机器人</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文名称(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>别名(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>行业(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>总部(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>成立年份(&amp;F)</translation>
    </message>
    <message>
        <source>HK stock &amp;code</source>
        <translation>港股代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Listing date</source>
        <translation>上市日期(&amp;L)</translation>
    </message>
    <message>
        <source>Offer &amp;price (HK$)</source>
        <translation>发售价（港元）(&amp;P)</translation>
    </message>
    <message>
        <source>A-share c&amp;ode</source>
        <translation>A股代码(&amp;O)</translation>
    </message>
    <message>
        <source>A-share &amp;exchange</source>
        <translation>A股交易所(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CompanyIdentity</name>
    <message>
        <source>HKEX New Listing Report</source>
        <translation>港交所新上市报告</translation>
    </message>
    <message>
        <source>HKEX application records</source>
        <translation>港交所申请记录</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你输入</translation>
    </message>
    <message>
        <source>Seed watchlist</source>
        <translation>初始关注列表</translation>
    </message>
    <message>
        <source>Transfer from GEM</source>
        <translation>由 GEM 转至主板</translation>
    </message>
    <message>
        <source>De-SPAC transaction</source>
        <translation>特殊目的收购公司并购交易</translation>
    </message>
    <message>
        <source>By introduction</source>
        <translation>介绍形式上市</translation>
    </message>
    <message>
        <source>Not an IPO</source>
        <translation>并非首次公开发行</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未列明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未列明日期</translation>
    </message>
    <message>
        <source>Stock code</source>
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>发售价</translation>
    </message>
    <message>
        <source>Funds raised</source>
        <translation>募资额</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>保荐人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Official English name</source>
        <translation>官方英文名称</translation>
    </message>
    <message>
        <source>Official Chinese name</source>
        <translation>官方中文名称</translation>
    </message>
    <message>
        <source>HK stock code</source>
        <translation>港股代码</translation>
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
        <translation>从交易所记录获知：</translation>
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
        <translation>忘记此项：程序不再用它匹配文件，也不会再次学习。</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>HKEX application proofs</source>
        <translation>港交所申请版本</translation>
    </message>
    <message>
        <source>HKEX new listings</source>
        <translation>港交所新上市</translation>
    </message>
    <message>
        <source>cninfo</source>
        <translation>巨潮资讯</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Seed watchlist</source>
        <translation>初始关注列表</translation>
    </message>
    <message>
        <source>Suggested funding rounds</source>
        <translation>建议的融资轮次</translation>
    </message>
    <message>
        <source>HKEX offer documents (terms, results)</source>
        <translation>香港交易所招股文件（条款、结果）</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你输入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>No notes. Edit the company (Ctrl+E) to add some.</source>
        <translation>没有备注。可编辑公司（Ctrl+E）添加。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>进度时间线</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>所有事件</translation>
    </message>
    <message>
        <source>Facts and aliases</source>
        <translation>资料和别名</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>招股</translation>
    </message>
    <message>
        <source>The company could not be read: {reason}</source>
        <translation>无法读取这家公司的数据：{reason}</translation>
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
        <translation>暂无文件。数据来源更新后，时间线即会填充。</translation>
    </message>
    <message>
        <source>Matched: {reason}</source>
        <translation>匹配依据：{reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Aliases: {aliases}
Tags: {tags}</source>
        <translation>别名：{aliases}
标签：{tags}</translation>
    </message>
    <message>
        <source>{source}, {date}</source>
        <translation>{source}，{date}</translation>
    </message>
    <message>
        <source>No facts recorded yet.</source>
        <translation>暂无资料记录。</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>打开文件 ↗</translation>
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
        <translation>港股代码为 1 至 5 位数字，例如 02513 或 700。</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>The name is longer than {MAX_NAME} characters.</source>
        <translation>名称超过 {MAX_NAME} 个字符。</translation>
    </message>
    <message>
        <source>“{name}” is already on the watchlist.</source>
        <translation>“{name}”已在关注列表中。</translation>
    </message>
    <message>
        <source>The Chinese name should contain Chinese characters.</source>
        <translation>中文名称应包含汉字。</translation>
    </message>
    <message>
        <source>“{name_zh}” is already on the watchlist.</source>
        <translation>“{name_zh}”已在关注列表中。</translation>
    </message>
    <message>
        <source>At most {MAX_ALIASES} aliases.</source>
        <translation>最多 {MAX_ALIASES} 个别名。</translation>
    </message>
    <message>
        <source>Each alias needs at least two characters.</source>
        <translation>每个别名至少需要两个字符。</translation>
    </message>
    <message>
        <source>An alias is longer than {MAX_NAME} characters.</source>
        <translation>有别名超过 {MAX_NAME} 个字符。</translation>
    </message>
    <message>
        <source>“{name}” is the name of another company on the watchlist.</source>
        <translation>“{name}”是关注列表上另一家公司的名称。</translation>
    </message>
    <message>
        <source>An A-share code has exactly 6 digits, e.g. 300433.</source>
        <translation>A股代码必须是 6 位数字，例如 300433。</translation>
    </message>
    <message>
        <source>The A-share exchange is Shanghai, Shenzhen or Beijing.</source>
        <translation>A股交易所须为上海、深圳或北京。</translation>
    </message>
    <message>
        <source>The founding year should be between 1800 and 2100.</source>
        <translation>成立年份应在 1800 至 2100 年之间。</translation>
    </message>
    <message>
        <source>A listed company has a Hong Kong stock code: give it too.</source>
        <translation>已上市公司有港股代码，请一并输入。</translation>
    </message>
    <message>
        <source>The listing date should be a real date, e.g. 2026-01-08.</source>
        <translation>上市日期须为有效日期，例如 2026-01-08。</translation>
    </message>
    <message>
        <source>The offer price is HK$ per share, more than 0, e.g. 116.20.</source>
        <translation>发售价以每股港元计，须大于 0，例如 116.20。</translation>
    </message>
    <message>
        <source>“{text}” is not a year: type it in digits, e.g. 2016.</source>
        <translation>“{text}”不是年份：请输入数字，例如 2016。</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as YYYY-MM-DD, e.g. 2026-01-08.</source>
        <translation>“{text}”不是日期：请按 YYYY-MM-DD 格式输入，例如 2026-01-08。</translation>
    </message>
    <message>
        <source>“{text}” is not a price: type HK$ per share in digits, e.g. 116.20.</source>
        <translation>“{text}”不是价格：请输入每股港元价格（数字），例如 116.20。</translation>
    </message>
    <message>
        <source>The offer price should be a number, e.g. 116.20.</source>
        <translation>发售价应为数字，例如 116.20。</translation>
    </message>
    <message>
        <source>HK {hk_code}</source>
        <translation>港股 {hk_code}</translation>
    </message>
    <message>
        <source> (entered by you)</source>
        <translation>（由你输入）</translation>
    </message>
    <message>
        <source> · listed {date}</source>
        <translation> · {date} 上市</translation>
    </message>
    <message>
        <source> at HK${price}</source>
        <translation>，发售价 {price} 港元</translation>
    </message>
    <message>
        <source> · offer price HK${price}</source>
        <translation> · 发售价 {price} 港元</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <source>Tick companies in the list to compare the money they raised in funding rounds before their IPO with the size of the IPO.
Valuations are not stored, so they are not compared.</source>
        <translation>在列表中勾选公司，对比其上市前各轮融资金额与IPO募资规模。
本程序不保存估值，因此不作对比。</translation>
    </message>
    <message>
        <source>None of the ticked companies has dated funding rounds with a US$ amount or IPO figures yet.
Add rounds on a company&apos;s Funding tab; IPO sizes come from HKEX&apos;s New Listing Report. Valuations are not stored, so they are not compared.</source>
        <translation>所勾选的公司暂无带日期和美元金额的融资轮次或IPO数据。
可在公司的“融资”标签页添加轮次；IPO募资规模来自港交所新上市报告。本程序不保存估值，因此不作对比。</translation>
    </message>
    <message>
        <source>Companies compared</source>
        <translation>对比的公司</translation>
    </message>
    <message>
        <source>Tick the companies to compare</source>
        <translation>勾选要对比的公司</translation>
    </message>
    <message>
        <source>{name}: no funding rounds or IPO figures yet</source>
        <translation>{name}：暂无融资轮次或IPO数据</translation>
    </message>
    <message>
        <source>Valuations are not stored, so they are not compared.</source>
        <translation>本程序不保存估值，因此不作对比。</translation>
    </message>
    <message>
        <source>Rounds without a date or a US$ amount are not counted.</source>
        <translation>没有日期或美元金额的轮次不计入。</translation>
    </message>
    <message>
        <source>IPO sizes are converted from HK$ at 7.8 per US$ (midpoint of the HKMA peg band) unless you set your own HKD rate.</source>
        <translation>IPO募资规模按 7.8 港元兑 1 美元换算（香港金管局联系汇率区间的中间价），除非你另设港元汇率。</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>Raised before the IPO</source>
        <translation>IPO前融资</translation>
    </message>
    <message>
        <source>IPO size</source>
        <translation>IPO募资规模</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Raised before the IPO: {amount} (%n round(s))</source>
        <translation>IPO前融资：{amount}（%n 轮）</translation>
    </message>
    <message>
        <source>Raised before the IPO: not known</source>
        <translation>IPO前融资：未知</translation>
    </message>
    <message>
        <source>%n round(s) not counted</source>
        <translation>%n 轮未计入</translation>
    </message>
    <message>
        <source>IPO {date}: {hkd} ≈ {usd}</source>
        <translation>IPO {date}：{hkd} ≈ {usd}</translation>
    </message>
    <message>
        <source>IPO size: not known</source>
        <translation>IPO募资规模：未知</translation>
    </message>
</context>
<context>
    <name>CorruptDatabaseDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>&lt;b&gt;The watchlist database cannot be used.&lt;/b&gt;&lt;br&gt;&lt;br&gt;{problem}&lt;br&gt;&lt;br&gt;File: {path}</source>
        <translation>&lt;b&gt;无法使用关注列表数据库。&lt;/b&gt;&lt;br&gt;&lt;br&gt;{problem}&lt;br&gt;&lt;br&gt;文件：{path}</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}</source>
        <translation>最新的完好备份来自 {when}</translation>
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
        <translation>没有可用的备份。</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>恢复最新的备份(&amp;R)</translation>
    </message>
    <message>
        <source>Start with a &amp;fresh database</source>
        <translation>使用全新的数据库(&amp;F)</translation>
    </message>
    <message>
        <source>The damaged file is kept next to it under another name.</source>
        <translation>已损坏的文件会以另一名称保留在同一位置。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Could not move the damaged file aside: {exc}</source>
        <translation>无法移走已损坏的文件：{exc}</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Database reloaded.</source>
        <translation>已重新加载数据库。</translation>
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
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Printed words</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>（无公司）</translation>
    </message>
    <message>
        <source>Keep with the offers</source>
        <translation>保存到招股数据</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>附加到：</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; cannot be read: {reason}.</source>
        <translation>无法读取 &lt;b&gt;{file}&lt;/b&gt;：{reason}。</translation>
    </message>
    <message>
        <source>no stock code</source>
        <translation>无股票代码</translation>
    </message>
    <message>
        <source>no issuer found</source>
        <translation>未找到发行人</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{kind}&lt;/b&gt; — {issuer} ({code}), %n pages</source>
        <translation>
            <numerusform>&lt;b&gt;{kind}&lt;/b&gt; — {issuer}（{code}），共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>: not an offer document this app reads</source>
        <translation>：不是本程序可读取的招股文件</translation>
    </message>
    <message>
        <source>Double-click to open the document at this page</source>
        <translation>双击在此页打开文件</translation>
    </message>
    <message>
        <source> — kept with the offers.</source>
        <translation>——已保存到招股数据。</translation>
    </message>
</context>
<context>
    <name>EventKinds</name>
    <message>
        <source>Application Proof</source>
        <translation>申请版本</translation>
    </message>
    <message>
        <source>Application Proof (new version)</source>
        <translation>申请版本（更新版）</translation>
    </message>
    <message>
        <source>Post Hearing Information Pack</source>
        <translation>聆讯后资料集</translation>
    </message>
    <message>
        <source>Application lapsed</source>
        <translation>申请失效</translation>
    </message>
    <message>
        <source>Application withdrawn</source>
        <translation>申请撤回</translation>
    </message>
    <message>
        <source>Application returned</source>
        <translation>申请被发回</translation>
    </message>
    <message>
        <source>Application rejected</source>
        <translation>申请被拒绝</translation>
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
        <translation>配发结果</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>CSRC filing received</source>
        <translation>证监会已接收备案材料</translation>
    </message>
    <message>
        <source>CSRC asks for more material</source>
        <translation>证监会要求补充材料</translation>
    </message>
    <message>
        <source>CSRC soliciting opinions</source>
        <translation>证监会征求意见</translation>
    </message>
    <message>
        <source>CSRC filing notice</source>
        <translation>证监会备案通知书</translation>
    </message>
    <message>
        <source>A-share announcement</source>
        <translation>A股公告</translation>
    </message>
    <message>
        <source>News</source>
        <translation>新闻</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Suggested funding round</source>
        <translation>建议的融资轮次</translation>
    </message>
    <message>
        <source>Over-allotment outcome</source>
        <translation>超额配股权结果</translation>
    </message>
    <message>
        <source>Lock-up expiry</source>
        <translation>禁售期届满</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>US dollars per unit of each currency (e.g. CNY 0.14 means 1 yuan = US$0.14). They convert amounts stated in other currencies for the charts; the stored amounts do not change. Without a row for HKD, {HKD_PEG_MIDPOINT} HKD per US$ is used (midpoint of the HKMA peg band 7.75–7.85).</source>
        <translation>每单位各币种兑美元的汇率（例如 CNY 0.14 即 1 元人民币 = 0.14 美元）。图表以此换算其他币种的金额；已保存的金额不变。如没有 HKD 一行，则按 {HKD_PEG_MIDPOINT} 港元兑 1 美元计算（香港金管局联系汇率区间 7.75–7.85 的中间价）。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>US$ per unit</source>
        <translation>每单位兑美元</translation>
    </message>
    <message>
        <source>Add currency</source>
        <translation>添加币种</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Row {row}: “{typed}” is not a currency; use a code such as CNY.</source>
        <translation>第 {row} 行：“{typed}”不是币种；请使用 CNY 等代码。</translation>
    </message>
    <message>
        <source>Row {row}: US dollars need no rate.</source>
        <translation>第 {row} 行：美元不需要汇率。</translation>
    </message>
    <message>
        <source>Row {row}: give {code} a rate above 0 (US$ per unit).</source>
        <translation>第 {row} 行：请为 {code} 输入大于 0 的汇率（每单位兑美元）。</translation>
    </message>
    <message>
        <source>Row {row}: {code} is listed twice.</source>
        <translation>第 {row} 行：{code} 重复列出。</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not save {path}:
{reason}</source>
        <translation>无法保存 {path}：
{reason}</translation>
    </message>
    <message>
        <source>Saved to {name} in {folder}.</source>
        <translation>已保存到 {folder} 中的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n companies to {name} in {folder}.</source>
        <translation>已将 %n 家公司保存到 {folder} 中的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n events to {name} in {folder}.</source>
        <translation>已将 %n 个事件保存到 {folder} 中的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n dates to {name} in {folder}.</source>
        <translation>已将 %n 个日期保存到 {folder} 中的 {name}。</translation>
    </message>
    <message>
        <source>Saved %n rows to {name} in {folder}.</source>
        <translation>已将 %n 行保存到 {folder} 中的 {name}。</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>导出文件已保存</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Export watchlist</source>
        <translation>导出关注列表</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>导出事件</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV 电子表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Export key dates</source>
        <translation>导出重要日期</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export key dates…</source>
        <translation>导出重要日期…</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Line {number}: “{url}” is not an http:// or https:// address.</source>
        <translation>第 {number} 行：“{url}”不是 http:// 或 https:// 网址。</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>新闻源</translation>
    </message>
    <message>
        <source>Extra RSS or Atom feeds to search for news about watched companies, one address a line.</source>
        <translation>额外的 RSS 或 Atom 源，用于搜索关注公司的新闻，每行一个网址。</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金额</translation>
    </message>
    <message>
        <source>The {what} cannot be negative.</source>
        <translation>{what}不能为负数。</translation>
    </message>
    <message>
        <source>Write the {what} as a number, e.g. 150000000, 1,500,000, 300m, 1.5bn or 3亿.</source>
        <translation>{what}请输入数字，例如 150000000、1,500,000、300m、1.5bn 或 3亿。</translation>
    </message>
    <message>
        <source>The {what} is too large.</source>
        <translation>{what}过大。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2024-05-31, or leave it empty.</source>
        <translation>日期请按 YYYY-MM-DD 格式输入，例如 2024-05-31，或留空。</translation>
    </message>
    <message>
        <source>Give the round a name (e.g. Series C) or a date.</source>
        <translation>请为这轮融资输入名称（例如 C轮）或日期。</translation>
    </message>
    <message>
        <source>The round name is longer than {MAX_ROUND} characters.</source>
        <translation>轮次名称超过 {MAX_ROUND} 个字符。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在未来。</translation>
    </message>
    <message>
        <source>The {what} must be a number of 0 or more.</source>
        <translation>{what}必须是大于或等于 0 的数字。</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as USD, CNY or HKD.</source>
        <translation>请使用三个字母的货币代码，例如 USD、CNY 或 HKD。</translation>
    </message>
    <message>
        <source>Say which currency the amount is in (e.g. CNY).</source>
        <translation>请注明金额的币种（例如 CNY）。</translation>
    </message>
    <message>
        <source>List at most {MAX_INVESTORS} investors.</source>
        <translation>最多列出 {MAX_INVESTORS} 名投资者。</translation>
    </message>
    <message>
        <source>Separate investors with “;”; each name at most {MAX_INVESTOR} characters.</source>
        <translation>投资者之间用“;”分隔；每个名称最多 {MAX_INVESTOR} 个字符。</translation>
    </message>
    <message>
        <source>Give a web address starting with http:// or https://, or say where the figures are written (e.g. “Prospectus, p. 212”), in at most {MAX_URL} characters.</source>
        <translation>请输入以 http:// 或 https:// 开头的网址，或注明数字的出处（例如“招股章程，第 212 页”），最多 {MAX_URL} 个字符。</translation>
    </message>
    <message>
        <source>The notes are longer than {MAX_NOTES} characters.</source>
        <translation>备注超过 {MAX_NOTES} 个字符。</translation>
    </message>
    <message>
        <source>Company {company_id} no longer exists.</source>
        <translation>公司 {company_id} 已不存在。</translation>
    </message>
    <message>
        <source>Funding round {round_id} no longer exists.</source>
        <translation>融资轮次 {round_id} 已不存在。</translation>
    </message>
    <message>
        <source>“{code}” is not a three-letter currency code.</source>
        <translation>“{code}”不是三个字母的货币代码。</translation>
    </message>
    <message>
        <source>The rate for {code} must be a number above 0 (US$ per unit).</source>
        <translation>{code} 的汇率必须是大于 0 的数字（每单位兑美元）。</translation>
    </message>
</context>
<context>
    <name>FundingChart</name>
    <message>
        <source>No confirmed funding rounds for this company yet.
Accept the suggested rounds below, or add rounds yourself (Add… or Import rounds…). Suggested rounds appear here only once you accept them. The IPO shows here once HKEX lists the company.</source>
        <translation>该公司暂无已确认的融资轮次。
可接受下方建议的轮次，或自行添加（“添加…”或“导入融资轮次…”）。建议的轮次需经你接受才会在此显示。公司在港交所上市后，IPO信息将在此显示。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>
Also reported by {count} more source(s)</source>
        <translation>
另有 {count} 个来源也有报道</translation>
    </message>
    <message>
        <source>Source: entered by hand, none given</source>
        <translation>来源：手动输入，未注明</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>所载</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>无金额</translation>
    </message>
    <message>
        <source>converted at 7.8 HKD per US$ (peg midpoint)</source>
        <translation>按 7.8 港元兑 1 美元换算（联系汇率中间价）</translation>
    </message>
    <message>
        <source>no {currency} rate set</source>
        <translation>未设置 {currency} 汇率</translation>
    </message>
    <message>
        <source>converted at your rate, 1 {currency} = {rate} US$</source>
        <translation>按你设置的汇率换算，1 {currency} = {rate} 美元</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>融资轮次</translation>
    </message>
    <message>
        <source>Export chart data…</source>
        <translation>导出图表数据…</translation>
    </message>
    <message>
        <source>Save the numbers behind the chart as CSV: each round in US$, how it was converted, and the running total (Export rounds… below saves the rounds as typed)</source>
        <translation>将图表背后的数据保存为 CSV：每轮融资的美元金额、换算方式及累计总额（下方的“导出融资轮次…”按输入原样保存各轮次）</translation>
    </message>
    <message>
        <source>%n round(s) recorded, none with both a date and a US$ amount.
Give them a date, and a US$ amount or an exchange rate for their currency, on the Funding tab.</source>
        <translation>已记录 %n 轮，但没有一轮同时具备日期和美元金额。
请在“融资”标签页为其添加日期，以及美元金额或该币种的汇率。</translation>
    </message>
    <message>
        <source>%n round(s) not drawn (no date or no US$ amount)</source>
        <translation>%n 轮未绘出（无日期或无美元金额）</translation>
    </message>
    <message>
        <source>; set an exchange rate for {currencies} to include them</source>
        <translation>；为 {currencies} 设置汇率即可计入</translation>
    </message>
    <message>
        <source>. The total is a lower bound.</source>
        <translation>。总额为下限。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>US$ millions</source>
        <translation>百万美元</translation>
    </message>
    <message>
        <source>Funding round (US$)</source>
        <translation>融资轮次（美元）</translation>
    </message>
    <message>
        <source>Raised in total (US$)</source>
        <translation>累计融资（美元）</translation>
    </message>
    <message>
        <source>Listed {date}</source>
        <translation>{date} 上市</translation>
    </message>
    <message>
        <source> · raised {amount}</source>
        <translation> · 募资 {amount}</translation>
    </message>
    <message>
        <source> · offer HK${price}/share</source>
        <translation> · 发售价每股 {price} 港元</translation>
    </message>
    <message>
        <source>IPO (funds raised, US$)</source>
        <translation>IPO（募资额，美元）</translation>
    </message>
    <message>
        <source>Raised by {date}: {amount}</source>
        <translation>截至 {date} 累计融资：{amount}</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>· … {count} earlier round(s)</source>
        <translation>· … 较早的 {count} 轮</translation>
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
        <translation>投资者：</translation>
    </message>
    <message>
        <source>IPO · listed {date}</source>
        <translation>IPO · {date} 上市</translation>
    </message>
    <message>
        <source>Funds raised {amount}</source>
        <translation>募资 {amount}</translation>
    </message>
    <message>
        <source>≈ {amount}</source>
        <translation>≈ {amount}</translation>
    </message>
    <message>
        <source>Offer price HK${price}</source>
        <translation>发售价 {price} 港元</translation>
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
        <translation>有 %n 行存在问题，未导入任何数据。请修正后重新导入。</translation>
    </message>
    <message>
        <source>{added} new, {updated} changed, {unchanged} unchanged</source>
        <translation>新增 {added} 项，更改 {updated} 项，{unchanged} 项不变</translation>
    </message>
    <message>
        <source> — imported.</source>
        <translation>——已导入。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>It has {values} values but the header names {names}.</source>
        <translation>此行有 {values} 个值，但标题行列出 {names} 个列。</translation>
    </message>
    <message>
        <source>More than {MAX_IMPORT_ROWS} rows; split the file.</source>
        <translation>超过 {MAX_IMPORT_ROWS} 行；请拆分文件。</translation>
    </message>
    <message>
        <source>Not readable as CSV ({exc}).</source>
        <translation>无法按 CSV 读取（{exc}）。</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header row.</source>
        <translation>文件为空；需要有标题行。</translation>
    </message>
    <message>
        <source>Unknown column(s) {columns}. The header should be: {expected}.</source>
        <translation>未知列 {columns}。标题行应为：{expected}。</translation>
    </message>
    <message>
        <source>The first row must be a header: {expected}.</source>
        <translation>第一行必须是标题行：{expected}。</translation>
    </message>
    <message>
        <source>Same date and round as line {line}.</source>
        <translation>日期和轮次与第 {line} 行相同。</translation>
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
        <translation>人民币（RMB）</translation>
    </message>
    <message>
        <source>US dollars (US$)</source>
        <translation>美元（US$）</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金额</translation>
    </message>
    <message>
        <source>investors</source>
        <translation>投资者</translation>
    </message>
    <message>
        <source>source</source>
        <translation>个数据来源</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>stated {amount}</source>
        <translation>所载 {amount}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{field} → {value}</source>
        <translation>{field} → {value}</translation>
    </message>
    <message>
        <source>A three-letter code; RMB and 人民币 are stored as CNY, US$ as USD, HK$ as HKD</source>
        <translation>三个字母的代码；RMB 和人民币保存为 CNY，US$ 为 USD，HK$ 为 HKD</translation>
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
        <translation>轮次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Stated in US$ by the source</source>
        <translation>来源以美元列明</translation>
    </message>
    <message>
        <source>The round is in US$</source>
        <translation>此轮以美元计</translation>
    </message>
    <message>
        <source>Not stated in US$: the chart converts at your exchange rates</source>
        <translation>未以美元列明：图表按你设置的汇率换算</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Import rounds…</source>
        <translation>导入融资轮次…</translation>
    </message>
    <message>
        <source>Export rounds…</source>
        <translation>导出融资轮次…</translation>
    </message>
    <message>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <source>Add or update rounds from a CSV file with the columns: date, round, amount, currency, amount_usd, investors (separated by ;), source_url, notes</source>
        <translation>从 CSV 文件添加或更新轮次，列为：date、round、amount、currency、amount_usd、investors（用 ; 分隔）、source_url、notes</translation>
    </message>
    <message>
        <source>Save every round with all its fields as CSV (Import rounds… reads it back)</source>
        <translation>将所有轮次及全部字段保存为 CSV（可用“导入融资轮次…”读回）</translation>
    </message>
    <message>
        <source>US$ per unit of each currency, for the charts</source>
        <translation>每单位各币种兑美元的汇率，供图表使用</translation>
    </message>
    <message>
        <source>Open ↗</source>
        <translation>打开 ↗</translation>
    </message>
    <message>
        <source>%n round(s). Amounts are stored in their own currency; the chart converts them at your exchange rates.</source>
        <translation>共 %n 轮。金额以原币种保存；图表按你设置的汇率换算。</translation>
    </message>
    <message>
        <source>Could not load the funding rounds: {exc}</source>
        <translation>无法加载融资轮次：{exc}</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>融资轮次</translation>
    </message>
    <message>
        <source>The change was not saved:
{exc}</source>
        <translation>未能保存更改：
{exc}</translation>
    </message>
    <message>
        <source>Delete funding round</source>
        <translation>删除融资轮次</translation>
    </message>
    <message>
        <source>Delete “{round}”?</source>
        <translation>要删除“{round}”吗？</translation>
    </message>
    <message>
        <source>Import funding rounds</source>
        <translation>导入融资轮次</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not read the file:
{exc}</source>
        <translation>无法读取文件：
{exc}</translation>
    </message>
    <message>
        <source>Export funding rounds</source>
        <translation>导出融资轮次</translation>
    </message>
    <message>
        <source>Could not save the file:
{exc}</source>
        <translation>无法保存文件：
{exc}</translation>
    </message>
    <message>
        <source>Exported %n round(s) to {target}.</source>
        <translation>已将 %n 轮导出到 {target}。</translation>
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
&lt;h3&gt;程序的功能&lt;/h3&gt;
&lt;p&gt;IPO Pipeline Watch 追踪中国内地公司赴港上市的进程。程序按计划读取披露易、证监会、巨潮资讯、新闻源和股价，将获取的内容与你关注列表中的公司匹配，并在有新动态时通知你。&lt;/p&gt;
&lt;h3&gt;日常使用&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;关注列表&lt;/b&gt;：通过&lt;i&gt;文件 › 添加公司&lt;/i&gt;添加公司。输入其英文和中文名称，以及其递交文件时用过的其他名称（别名）——文件会按这些名称匹配。每行显示阶段、最近事件、处于该阶段的天数和预计下一步。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;公司页面&lt;/b&gt;：选择一家公司，查看其时间线（各阶段的时间，每份文件是一个可点击的圆点）、附来源的事件、融资轮次，以及上市后股价相对发售价的表现。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;上市进度&lt;/b&gt;：港交所和证监会列出的所有申请人，无论是否已关注。可从这里将申请人添加到关注列表。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;提醒&lt;/b&gt;：关注公司的新文件，最新的排在最前；未读的以粗体和圆点标示。点击通知即可在该事件处打开公司。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;数据来源&lt;/b&gt;：各来源上次何时运行、哪些出错、下次何时运行。“立即更新”会马上运行一次。&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;你的数据&lt;/h3&gt;
&lt;p&gt;关注列表可导入和导出为 CSV 或 JSON（&lt;i&gt;文件&lt;/i&gt;菜单）。导入会先逐项显示所有更改（旧 → 新）；除非勾选“空白单元格会清空字段”，否则空白单元格会保留关注列表原有内容；保存任何内容前都会先备份。程序也每天自动备份（&lt;i&gt;文件 › 备份…&lt;/i&gt;）。重要日期（文件、聆讯、失效、上市）可导出为日历文件。&lt;/p&gt;
&lt;p&gt;每个数字都会显示出处：文件、页码、链接——你自己输入的则标示为“由你输入”。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Application Proof</source>
        <translation>申请版本</translation>
    </message>
    <message>
        <source>The draft prospectus a company files with HKEX when it applies to list. Its filing starts the review; it is published on HKEXnews.</source>
        <translation>公司申请上市时向港交所递交的招股章程草拟本。递交后审核随即开始；申请版本会在披露易刊登。</translation>
    </message>
    <message>
        <source>Lapse</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>An Application Proof lapses six months after filing if the listing hearing has not been passed (Listing Rule 9.03). The company may file again.</source>
        <translation>如递表六个月后仍未通过上市聆讯，申请版本即告失效（《上市规则》第9.03条）。公司可重新递表。</translation>
    </message>
    <message>
        <source>Listing hearing</source>
        <translation>上市聆讯</translation>
    </message>
    <message>
        <source>The meeting where the HKEX Listing Committee decides whether the company may list. Passing it is the last big step before the offer.</source>
        <translation>由港交所上市委员会决定公司能否上市的会议。通过聆讯是招股前最后的关键一步。</translation>
    </message>
    <message>
        <source>PHIP</source>
        <translation>聆讯后资料集</translation>
    </message>
    <message>
        <source>Post Hearing Information Pack: the near-final prospectus HKEX publishes after the hearing is passed. Its date is when the hearing was passed, as far as the public can tell.</source>
        <translation>聆讯后资料集：通过聆讯后港交所刊登的接近定稿的招股章程。就公众所知，其日期即通过聆讯的日期。</translation>
    </message>
    <message>
        <source>CSRC filing</source>
        <translation>证监会备案</translation>
    </message>
    <message>
        <source>Mainland companies listing abroad must file with the China Securities Regulatory Commission. Its table shows receipt, supplementary requests and comments; the filing notice clears the company to list.</source>
        <translation>境内企业境外发行上市须向中国证券监督管理委员会（证监会）备案。其公示表显示接收材料、补充材料要求和征求意见情况；取得备案通知书后企业即可上市。</translation>
    </message>
    <message>
        <source>Prospectus / offering</source>
        <translation>招股章程／招股</translation>
    </message>
    <message>
        <source>The final prospectus launches the public offer; allotment results follow, then the first day of trading.</source>
        <translation>刊发正式招股章程即开始公开发售；随后公布配发结果，然后是首日交易。</translation>
    </message>
    <message>
        <source>Withdrawn / returned / rejected</source>
        <translation>撤回／发回／拒绝</translation>
    </message>
    <message>
        <source>The application ended without a listing: the company withdrew it, HKEX returned it as incomplete (no new filing for eight weeks), or HKEX rejected it.</source>
        <translation>申请未能上市而终止：公司撤回申请、港交所因资料不完整而发回（八周内不可重新递表），或港交所拒绝申请。</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>发售价</translation>
    </message>
    <message>
        <source>The price per share in the IPO, in HK$. Returns are measured against it.</source>
        <translation>IPO 的每股价格，以港元计。回报以此计算。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>In the watchlist: days the company has been in its current stage.</source>
        <translation>关注列表中：公司处于当前阶段的天数。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No keyboard shortcuts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;没有键盘快捷键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>词汇表</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; The watchlist starts with a few companies; the sources are read in the background and new filings appear as alerts. Select a company to see its timeline, add your own with &lt;i&gt;File › Add company&lt;/i&gt;, and see what each term means in &lt;i&gt;Help › Glossary&lt;/i&gt;.</source>
        <translation>&lt;b&gt;欢迎使用。&lt;/b&gt;关注列表已预先添加了几家公司；程序会在后台读取数据来源，新文件会以提醒显示。选择一家公司可查看其时间线；可通过&lt;i&gt;文件 › 添加公司&lt;/i&gt;添加你自己的公司；各术语的含义见&lt;i&gt;帮助 › 词汇表&lt;/i&gt;。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>打开指南(&amp;G)</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide this note; the guide stays in the Help menu</source>
        <translation>隐藏此提示；指南仍可在“帮助”菜单中找到</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import funding rounds</source>
        <translation>导入融资轮次</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
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
        <translation>导入</translation>
    </message>
    <message>
        <source>Fix the lines with errors first</source>
        <translation>请先修正有错误的行</translation>
    </message>
    <message>
        <source>Blank cells clear the field</source>
        <translation>空白单元格会清空字段</translation>
    </message>
    <message>
        <source>Off: a blank cell keeps what the watchlist has (safe for partial files).
On: a blank cell empties that field of the company.</source>
        <translation>关闭：空白单元格保留关注列表原有内容（适用于只有部分字段的文件）。
开启：空白单元格会清空公司的该字段。</translation>
    </message>
    <message>
        <source>Import watchlist</source>
        <translation>导入关注列表</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>A backup of the database is made first. </source>
        <translation>会先备份数据库。</translation>
    </message>
    <message>
        <source>{backed}Everything is stored at once, or nothing.</source>
        <translation>{backed}所有内容一次性保存，否则全部不保存。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
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
        <translation>不变（{count}）</translation>
    </message>
    <message>
        <source>Fix the problems in the file and import it again.</source>
        <translation>请修正文件中的问题，然后重新导入。</translation>
    </message>
    <message>
        <source>Nothing to import: the watchlist already has all of it.</source>
        <translation>没有需要导入的内容：关注列表已包含全部数据。</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
    <message>
        <source>Backing up, then importing…</source>
        <translation>正在备份，然后导入…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
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
        <translation>关注列表文件 (*.csv *.json);;CSV 电子表格 (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported {name}: {added} added, {updated} updated</source>
        <translation>已导入 {name}：新增 {added} 项，更新 {updated} 项</translation>
    </message>
    <message>
        <source>; backup {name}.</source>
        <translation>；备份 {name}。</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>“{name}” should be text.</source>
        <translation>“{name}”应为文本。</translation>
    </message>
    <message>
        <source>“listing_date”: {exc}</source>
        <translation>“listing_date”：{exc}</translation>
    </message>
    <message>
        <source>The offer price should be a number, e.g. 116.20.</source>
        <translation>发售价应为数字，例如 116.20。</translation>
    </message>
    <message>
        <source>“offer_price”: {exc}</source>
        <translation>“offer_price”：{exc}</translation>
    </message>
    <message>
        <source>Give the company a name.</source>
        <translation>请输入公司名称。</translation>
    </message>
    <message>
        <source>“founded” should be a year, e.g. 2016 (found “{value}”).</source>
        <translation>“founded”应为年份，例如 2016（读到“{value}”）。</translation>
    </message>
    <message>
        <source>“{name}” is not a valid JSON list ({reason}).</source>
        <translation>“{name}”不是有效的 JSON 列表（{reason}）。</translation>
    </message>
    <message>
        <source>“{name}” should be a list of text.</source>
        <translation>“{name}”应为文本列表。</translation>
    </message>
    <message>
        <source>“facts” is not a valid JSON list ({reason}).</source>
        <translation>“facts”不是有效的 JSON 列表（{reason}）。</translation>
    </message>
    <message>
        <source>At most {MAX_FACTS} facts per company.</source>
        <translation>每家公司最多 {MAX_FACTS} 条资料。</translation>
    </message>
    <message>
        <source>Fact {number} should be an object with a non-empty “text”.</source>
        <translation>第 {number} 条资料应为含非空“text”的对象。</translation>
    </message>
    <message>
        <source>Fact {number}: “{key}” should be text.</source>
        <translation>第 {number} 条资料：“{key}”应为文本。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The header row could not be read: {exc}.</source>
        <translation>无法读取标题行：{exc}。</translation>
    </message>
    <message>
        <source>Unknown column “{column}”; the columns are: {columns}.</source>
        <translation>未知列“{column}”；列为：{columns}。</translation>
    </message>
    <message>
        <source>The header row has no “name” column.</source>
        <translation>标题行没有“name”列。</translation>
    </message>
    <message>
        <source>A column appears twice in the header row.</source>
        <translation>标题行有重复的列。</translation>
    </message>
    <message>
        <source>The row could not be read: {exc}.</source>
        <translation>无法读取此行：{exc}。</translation>
    </message>
    <message>
        <source>The row has {cells} cells but the header {columns}.</source>
        <translation>此行有 {cells} 个单元格，但标题行有 {columns} 个。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason}.</source>
        <translation>文件不是有效的 JSON：{reason}。</translation>
    </message>
    <message>
        <source>This is not a watchlist file (format {format}).</source>
        <translation>这不是关注列表文件（格式 {format}）。</translation>
    </message>
    <message>
        <source>Expected a list of companies (a “companies” list).</source>
        <translation>应为公司列表（“companies”列表）。</translation>
    </message>
    <message>
        <source>Company {number} is not an object.</source>
        <translation>第 {number} 家公司不是对象。</translation>
    </message>
    <message>
        <source>Unknown field “{field}”; the fields are: {fields}.</source>
        <translation>未知字段“{field}”；字段为：{fields}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select a company to see its status timeline, events and facts.</source>
        <translation>选择一家公司，查看其进度时间线、事件和资料。</translation>
    </message>
    <message>
        <source>{operation} failed: {reason}</source>
        <translation>{operation}失败：{reason}</translation>
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
        <translation>程序仍在系统托盘中运行。如需停止，请在托盘菜单中选择“退出”。</translation>
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
        <translation>按季度</translation>
    </message>
    <message>
        <source>No new-listing data yet.</source>
        <translation>暂无新上市数据。</translation>
    </message>
    <message>
        <source>Hong Kong IPO market</source>
        <translation>香港IPO市场</translation>
    </message>
    <message>
        <source>Funds raised as reported in HKEX&apos;s New Listing Report.</source>
        <translation>募资额以港交所新上市报告为准。</translation>
    </message>
    <message>
        <source>%n listing(s) without a figure left out of the money raised.</source>
        <translation>%n 宗上市没有募资数字，未计入募资额。</translation>
    </message>
    <message>
        <source>Per listing: the first-day return is the listing day&apos;s close against the offer price; subscribed is the Hong Kong public offer, from the allotment results.</source>
        <translation>逐只上市：首日回报为上市日收盘价对比发售价；认购倍数为香港公开发售部分，取自配发结果。</translation>
    </message>
    <message>
        <source>US$ amounts in the read-out: {note}.</source>
        <translation>读数中的美元金额：{note}。</translation>
    </message>
    <message>
        <source>Money raised (HK$ bn)</source>
        <translation>募资额（十亿港元）</translation>
    </message>
    <message>
        <source>New listings</source>
        <translation>新上市数量</translation>
    </message>
    <message>
        <source>All new listings</source>
        <translation>所有新上市</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>关注的公司</translation>
    </message>
    <message>
        <source>First day (%)</source>
        <translation>首日（%）</translation>
    </message>
    <message>
        <source>Subscribed (×)</source>
        <translation>认购倍数</translation>
    </message>
    <message>
        <source>{times}×</source>
        <translation>{times} 倍</translation>
    </message>
    <message>
        <source>%n new listing(s)</source>
        <translation>%n 家新上市</translation>
    </message>
    <message>
        <source>Raised {hkd} ≈ {usd}</source>
        <translation>募资 {hkd} ≈ {usd}</translation>
    </message>
    <message>
        <source>{count} without a funds figure</source>
        <translation>{count} 家无募资数据</translation>
    </message>
    <message>
        <source>Watched: {names}</source>
        <translation>关注中：{names}</translation>
    </message>
    <message>
        <source>{name} ({code}), listed {date}</source>
        <translation>{name}（{code}），{date} 上市</translation>
    </message>
    <message>
        <source>Offer price {price}</source>
        <translation>发售价 {price}</translation>
    </message>
    <message>
        <source>HK public offer subscribed {times}×</source>
        <translation>香港公开发售认购 {times} 倍</translation>
    </message>
    <message>
        <source>Subscription: no allotment results read</source>
        <translation>认购倍数：尚未读取配发结果</translation>
    </message>
    <message>
        <source>First-day return {pct} (close {close})</source>
        <translation>首日回报 {pct}（收盘价 {close}）</translation>
    </message>
    <message>
        <source>First-day return: no close of the listing day stored</source>
        <translation>首日回报：无上市日收盘价记录</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>数据来源(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>HK$ converted at 7.8 per US$ (midpoint of the HKMA peg band 7.75–7.85)</source>
        <translation>港元按 7.8 兑 1 美元换算（香港金管局联系汇率区间 7.75–7.85 的中间价）</translation>
    </message>
</context>
<context>
    <name>OfferAh</name>
    <message>
        <source>the final H-share offer price (the allotment results state it; the maximum is {price})</source>
        <translation>H股最终发售价（配发结果会载明；最高发售价为 {price}）</translation>
    </message>
    <message>
        <source>the final H-share offer price</source>
        <translation>H股最终发售价</translation>
    </message>
    <message>
        <source>the price-determination date (the formal notice)</source>
        <translation>定价日期（正式通告）</translation>
    </message>
    <message>
        <source>the A-share close of {symbol} on {date}</source>
        <translation>{symbol} 于 {date} 的A股收盘价</translation>
    </message>
    <message>
        <source>an A-share close in yuan ({symbol} is quoted in {currency})</source>
        <translation>以人民币计的A股收盘价（{symbol} 以 {currency} 报价）</translation>
    </message>
    <message>
        <source>the CNY/HKD exchange rate of {date}</source>
        <translation>{date} 的人民币兑港元汇率</translation>
    </message>
    <message>
        <source>{symbol}, close of {date}</source>
        <translation>{symbol}，{date} 收盘</translation>
    </message>
    <message>
        <source>{document}, page {page}</source>
        <translation>{document}，第 {page} 页</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
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
        <translation>请核对文件：英文版与中文版{document}的“{fact}”不一致（{values}）</translation>
    </message>
</context>
<context>
    <name>OfferFiles</name>
    <message>
        <source>the file is larger than the {megabytes} MB this app reads</source>
        <translation>文件大于本程序可读取的 {megabytes} MB</translation>
    </message>
    <message>
        <source>the file cannot be opened ({reason})</source>
        <translation>无法打开文件（{reason}）</translation>
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
        <translation>股票代码</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行人</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Listing date</source>
        <translation>上市日期</translation>
    </message>
    <message>
        <source>Offer price</source>
        <translation>发售价</translation>
    </message>
    <message>
        <source>Lowest price of the range</source>
        <translation>发售价区间下限</translation>
    </message>
    <message>
        <source>Maximum offer price</source>
        <translation>最高发售价</translation>
    </message>
    <message>
        <source>Board lot</source>
        <translation>每手股数</translation>
    </message>
    <message>
        <source>Entry fee (one lot)</source>
        <translation>入场费（一手）</translation>
    </message>
    <message>
        <source>Offer opens</source>
        <translation>开始招股</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>截止认购</translation>
    </message>
    <message>
        <source>Price determination</source>
        <translation>定价</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>配发结果</translation>
    </message>
    <message>
        <source>Dealings begin</source>
        <translation>开始交易</translation>
    </message>
    <message>
        <source>Valid applications (HK)</source>
        <translation>有效申请（香港）</translation>
    </message>
    <message>
        <source>Successful applications (HK)</source>
        <translation>成功申请（香港）</translation>
    </message>
    <message>
        <source>HK public offer subscribed</source>
        <translation>香港公开发售认购倍数</translation>
    </message>
    <message>
        <source>One-lot success rate</source>
        <translation>一手中签率</translation>
    </message>
    <message>
        <source>International offer subscribed</source>
        <translation>国际发售认购倍数</translation>
    </message>
    <message>
        <source>Placees</source>
        <translation>承配人</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>Gross proceeds</source>
        <translation>募资总额</translation>
    </message>
    <message>
        <source>Net proceeds</source>
        <translation>募资净额</translation>
    </message>
    <message>
        <source>Cornerstone investors</source>
        <translation>基石投资者</translation>
    </message>
    <message>
        <source>Lock-ups</source>
        <translation>禁售期</translation>
    </message>
    <message>
        <source>Over-allotment option</source>
        <translation>超额配股权</translation>
    </message>
    <message>
        <source>Over-allotment shares</source>
        <translation>超额配发股份</translation>
    </message>
    <message>
        <source>Stabilisation ended</source>
        <translation>稳定价格期已结束</translation>
    </message>
    <message>
        <source>Offer shares</source>
        <translation>发售股份</translation>
    </message>
    <message>
        <source>Hong Kong offer shares</source>
        <translation>香港发售股份</translation>
    </message>
    <message>
        <source>International offer shares</source>
        <translation>国际发售股份</translation>
    </message>
    <message>
        <source>HK shares initially</source>
        <translation>香港初始股份</translation>
    </message>
    <message>
        <source>HK shares reallocated</source>
        <translation>香港重新分配股份</translation>
    </message>
    <message>
        <source>HK shares finally</source>
        <translation>香港最终股份</translation>
    </message>
    <message>
        <source>International shares finally</source>
        <translation>国际最终股份</translation>
    </message>
    <message>
        <source>Allocation mechanism</source>
        <translation>分配机制</translation>
    </message>
    <message>
        <source>Has an over-allotment option</source>
        <translation>设有超额配股权</translation>
    </message>
    <message>
        <source>Shares over-allocated</source>
        <translation>超额分配股份</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>正式通告</translation>
    </message>
    <message>
        <source>Allotment results</source>
        <translation>配发结果</translation>
    </message>
    <message>
        <source>End of stabilisation</source>
        <translation>稳定价格期结束</translation>
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
        <translation>已公布</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>招股中</translation>
    </message>
    <message>
        <source>Listing soon</source>
        <translation>即将上市</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>已上市</translation>
    </message>
    <message>
        <source>controlling shareholders</source>
        <translation>控股股东</translation>
    </message>
    <message>
        <source>cornerstone investors</source>
        <translation>基石投资者</translation>
    </message>
    <message>
        <source>pre-IPO investors</source>
        <translation>IPO前投资者</translation>
    </message>
    <message>
        <source>existing shareholders</source>
        <translation>现有股东</translation>
    </message>
    <message>
        <source>the Company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>key persons</source>
        <translation>关键人士</translation>
    </message>
    <message>
        <source>pathfinder investors</source>
        <translation>先导投资者</translation>
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
        <translation>{date} {time}（香港时间）</translation>
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
        <translation>香港 {hk}% / 国际 {intl}%</translation>
    </message>
    <message>
        <source>{percent} HK</source>
        <translation>香港 {percent}</translation>
    </message>
    <message>
        <source>Mechanism {value}</source>
        <translation>机制 {value}</translation>
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
        <translation>超额配股权已获全部行使。</translation>
    </message>
    <message>
        <source>The over-allotment option was partly exercised.</source>
        <translation>超额配股权已获部分行使。</translation>
    </message>
    <message>
        <source>The over-allotment option lapsed.</source>
        <translation>超额配股权已失效。</translation>
    </message>
    <message>
        <source>Banks and brokers stop taking applications earlier: ask yours for its cut-off.</source>
        <translation>银行及券商会较早停止接受申请，请向您的银行或券商查询其截止时间。</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
    <message>
        <source>{offer}: offer opens</source>
        <translation>{offer}：开始招股</translation>
    </message>
    <message>
        <source>The Hong Kong public offer opens for applications.</source>
        <translation>香港公开发售开始接受认购申请。</translation>
    </message>
    <message>
        <source>{offer}: applications close {time} HKT (brokers close earlier)</source>
        <translation>{offer}：香港时间 {time} 认购截止（券商会较早截止）</translation>
    </message>
    <message>
        <source>The application lists close at {time} HKT (Hong Kong time) on {date}.</source>
        <translation>认购申请登记于 {date} 香港时间 {time} 截止。</translation>
    </message>
    <message>
        <source>{offer}: applications close (brokers close earlier)</source>
        <translation>{offer}：认购截止（券商会较早截止）</translation>
    </message>
    <message>
        <source>The application lists close on {date}.</source>
        <translation>认购申请登记于 {date} 截止。</translation>
    </message>
    <message>
        <source>Entry fee for one board lot of {lot} shares: {fee}</source>
        <translation>每手 {lot} 股的入场费：{fee}</translation>
    </message>
    <message>
        <source>{offer}: allotment results</source>
        <translation>{offer}：配发结果</translation>
    </message>
    <message>
        <source>The allotment results are published.</source>
        <translation>配发结果已经公布。</translation>
    </message>
    <message>
        <source>The allotment results are to be published.</source>
        <translation>配发结果将予公布。</translation>
    </message>
    <message>
        <source>{offer}: dealings begin</source>
        <translation>{offer}：开始交易</translation>
    </message>
    <message>
        <source>Dealings in the shares begin; the offer price is {price}.</source>
        <translation>股份开始交易，发售价为 {price}。</translation>
    </message>
    <message>
        <source>Dealings in the shares begin.</source>
        <translation>股份开始交易。</translation>
    </message>
    <message>
        <source>{shares} shares.</source>
        <translation>{shares} 股。</translation>
    </message>
    <message>
        <source>{offer}: stabilisation period ended</source>
        <translation>{offer}：稳定价格期已结束</translation>
    </message>
    <message>
        <source>{offer}: stabilisation period ends (expected)</source>
        <translation>{offer}：稳定价格期结束（预计）</translation>
    </message>
    <message>
        <source>Expected on the 30th day after the last day for applications; the end-of-stabilisation notice will say whether the over-allotment option was exercised.</source>
        <translation>预计为认购截止后第 30 天；稳定价格期结束公告将说明超额配股权是否获行使。</translation>
    </message>
    <message>
        <source>Last day of the lock-up of {shares} shares held by {group}; they may be sold from {date}.</source>
        <translation>{group}所持 {shares} 股禁售期的最后一天；可自 {date} 起出售。</translation>
    </message>
    <message>
        <source>Last day of the lock-up of the shares held by {group}; they may be sold from {date}.</source>
        <translation>{group}所持股份禁售期的最后一天；可自 {date} 起出售。</translation>
    </message>
    <message>
        <source>{offer}: lock-up of {group} ends (estimate)</source>
        <translation>{offer}：{group}的禁售期届满（估计）</translation>
    </message>
    <message>
        <source>An estimate: no last day is printed, so listing date + 6 months − 1 day.</source>
        <translation>估计日期：文件未载最后一天，故按上市日期 + 6 个月 − 1 天计算。</translation>
    </message>
    <message>
        <source>{offer}: lock-up of {group} ends</source>
        <translation>{offer}：{group}的禁售期届满</translation>
    </message>
    <message>
        <source>Source: {document}, page {page}</source>
        <translation>来源：{document}，第 {page} 页</translation>
    </message>
    <message>
        <source>Source: {document}</source>
        <translation>来源：{document}</translation>
    </message>
</context>
<context>
    <name>OfferPanel</name>
    <message>
        <source>No offer documents read for this company yet.</source>
        <translation>暂未读取该公司的招股文件。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
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
        <translation>{left}后截止认购（券商会较早截止）</translation>
    </message>
    <message>
        <source>first day {pct} against the offer</source>
        <translation>首日较发售价 {pct}</translation>
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
        <translation>（估算：上市日 + 6 个月 − 1 天）</translation>
    </message>
    <message>
        <source>Lock-up: {group}</source>
        <translation>禁售期：{group}</translation>
    </message>
    <message>
        <source>A+H discount on {date}</source>
        <translation>{date} 的A+H折价</translation>
    </message>
    <message>
        <source>A+H discount</source>
        <translation>A+H折价</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>未能计算</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Missing: {inputs}</source>
        <translation>缺少：{inputs}</translation>
    </message>
    <message>
        <source>{pct} below the A share</source>
        <translation>较A股低 {pct}</translation>
    </message>
    <message>
        <source>{pct} above the A share</source>
        <translation>较A股高 {pct}</translation>
    </message>
    <message>
        <source>H-share offer price {price} against the A-share close ¥{close} × {rate} HKD/CNY = {hkd}</source>
        <translation>H股发售价 {price}，对比A股收盘价 ¥{close} × {rate}（港元／人民币）= {hkd}</translation>
    </message>
    <message>
        <source>H-share offer price</source>
        <translation>H股发售价</translation>
    </message>
    <message>
        <source>A-share close ({symbol})</source>
        <translation>A股收盘价（{symbol}）</translation>
    </message>
    <message>
        <source>CNY/HKD rate</source>
        <translation>人民币兑港元汇率</translation>
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
        <translation>代码</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>每手</translation>
    </message>
    <message>
        <source>Entry fee</source>
        <translation>入场费</translation>
    </message>
    <message>
        <source>HK / intl</source>
        <translation>香港／国际</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <source>HK subscribed</source>
        <translation>香港认购倍数</translation>
    </message>
    <message>
        <source>One-lot success</source>
        <translation>一手中签率</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>回拨</translation>
    </message>
    <message>
        <source>First day vs offer</source>
        <translation>首日较发售价</translation>
    </message>
    <message>
        <source>Latest vs offer</source>
        <translation>最新较发售价</translation>
    </message>
    <message>
        <source>Lock-up</source>
        <translation>禁售期</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对</translation>
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
        <translation>已公布</translation>
    </message>
    <message>
        <source>Listing soon</source>
        <translation>即将上市</translation>
    </message>
    <message>
        <source>Recently listed</source>
        <translation>近期上市</translation>
    </message>
    <message>
        <source>Lock-ups ending soon</source>
        <translation>即将届满的禁售期</translation>
    </message>
    <message>
        <source>Documents to check</source>
        <translation>待核对的文件</translation>
    </message>
    <message>
        <source>Lock-up ends</source>
        <translation>禁售期届满</translation>
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
        <translation>⚠ 请核对文件</translation>
    </message>
    <message>
        <source>Filter by company or code</source>
        <translation>按公司或代码筛选</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>添加到关注列表</translation>
    </message>
    <message>
        <source>Open document…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Reading the offers…</source>
        <translation>正在读取招股数据…</translation>
    </message>
    <message>
        <source>Times are Hong Kong time as the documents print them; brokers close their own application lists earlier.</source>
        <translation>时间为文件所载的香港时间；券商会较早截止认购。</translation>
    </message>
    <message>
        <source>Could not read the offers: {exc}</source>
        <translation>无法读取招股数据：{exc}</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Not trusted</source>
        <translation>未能确认</translation>
    </message>
    <message>
        <source>No offers read yet: they appear when HKEX publishes a formal notice.</source>
        <translation>暂未读取任何招股：港交所刊发正式通告后即会显示。</translation>
    </message>
    <message>
        <source>{shown} entries; {problems} documents to check.</source>
        <translation>{shown} 项；{problems} 份文件待核对。</translation>
    </message>
    <message>
        <source>Open an offer document</source>
        <translation>打开招股文件</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Open &amp;document…</source>
        <translation>打开文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Read an HKEX offer document (PDF) and show what it says</source>
        <translation>读取港交所招股文件（PDF）并显示其内容</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Mark read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark all read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Add company</source>
        <translation>添加公司</translation>
    </message>
    <message>
        <source>Find earlier filings</source>
        <translation>查找较早的文件</translation>
    </message>
    <message>
        <source>Save company</source>
        <translation>保存公司</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>删除公司</translation>
    </message>
    <message>
        <source>Pause alerts</source>
        <translation>暂停提醒</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Save news feeds</source>
        <translation>保存新闻源</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>添加到关注列表</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>更改数据来源</translation>
    </message>
    <message>
        <source>The database stayed busy (new results were being saved), so this change was not saved. Please try again in a moment.</source>
        <translation>数据库一直忙于保存新结果，这项更改未能保存。请稍后再试。</translation>
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
        <translation>证监会备案：{status}（{english}）— {venue}</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收材料</translation>
    </message>
    <message>
        <source>supplementary materials requested</source>
        <translation>需补充材料</translation>
    </message>
    <message>
        <source>soliciting opinions</source>
        <translation>征求意见中</translation>
    </message>
    <message>
        <source>venue not given</source>
        <translation>未注明上市地</translation>
    </message>
    <message>
        <source>CSRC filing completed (left the CSRC status table)</source>
        <translation>已完成证监会备案（已从证监会备案进度表移出）</translation>
    </message>
    <message>
        <source>Close HK${amount}</source>
        <translation>收盘价 HK${amount}</translation>
    </message>
    <message>
        <source>Close {currency} {amount}</source>
        <translation>收盘价 {currency} {amount}</translation>
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
        <translation>，由 GEM 转至主板</translation>
    </message>
    <message>
        <source> by De-SPAC transaction</source>
        <translation>，经特殊目的收购公司并购交易</translation>
    </message>
    <message>
        <source> by introduction</source>
        <translation>，以介绍方式</translation>
    </message>
    <message>
        <source> (not an IPO)</source>
        <translation>（非首次公开发行）</translation>
    </message>
    <message>
        <source>, raised HK${amount}</source>
        <translation>，募资 HK${amount}</translation>
    </message>
    <message>
        <source> at HK${price}</source>
        <translation>，发售价 {price} 港元</translation>
    </message>
    <message>
        <source>{name}: listed on the {board} ({code}){how}</source>
        <translation>{name}：于{board}上市（{code}）{how}</translation>
    </message>
    <message>
        <source>Listed in Hong Kong as {code} (entered by you)</source>
        <translation>以股票代码 {code} 在香港上市（由你输入）</translation>
    </message>
    <message>
        <source>Listed in Hong Kong as {code} at HK${price} (entered by you)</source>
        <translation>以股票代码 {code} 在香港上市，发售价 {price} 港元（由你输入）</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>valued at {valuation}</source>
        <translation>估值 {valuation}</translation>
    </message>
    <message>
        <source>Suggested funding round: {summary}</source>
        <translation>建议的融资轮次：{summary}</translation>
    </message>
    <message>
        <source>HK stock code</source>
        <translation>港股代码</translation>
    </message>
    <message>
        <source>A-share code</source>
        <translation>A股代码</translation>
    </message>
    <message>
        <source>{label} {code}</source>
        <translation>{label} {code}</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; = alias &quot;{alias}&quot;</source>
        <translation>名称“{name}”= 别名“{alias}”</translation>
    </message>
    <message>
        <source>name &quot;{name}&quot; = alias &quot;{alias}&quot; (both &quot;{core}&quot;)</source>
        <translation>名称“{name}”= 别名“{alias}”（均为“{core}”）</translation>
    </message>
    <message>
        <source>alias &quot;{alias}&quot; begins &quot;{name}&quot;</source>
        <translation>别名“{alias}”以“{name}”开头</translation>
    </message>
    <message>
        <source>text mentions &quot;{name}&quot;</source>
        <translation>正文提及“{name}”</translation>
    </message>
    <message>
        <source>seed watchlist</source>
        <translation>初始关注列表</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>由你输入</translation>
    </message>
    <message>
        <source>funding round</source>
        <translation>融资轮次</translation>
    </message>
    <message>
        <source>added from the pipeline</source>
        <translation>从上市进度加入</translation>
    </message>
    <message>
        <source>; entry fee {fee}</source>
        <translation>；入场费 {fee}</translation>
    </message>
    <message>
        <source>Applications for {name} close in {hours} h, at {time} HKT (brokers close earlier)</source>
        <translation>{name} 将于 {hours} 小时后认购截止，截止时间为香港时间 {time}（券商会提前截止）</translation>
    </message>
    <message>
        <source>{name} begins trading today at an offer price of {price}</source>
        <translation>{name} 今日开始交易，发售价 {price}</translation>
    </message>
    <message>
        <source>{name} begins trading today</source>
        <translation>{name} 今日开始交易</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Lock-up of {shares} shares of {group} in {name} ends {date}</source>
        <translation>{name}{group}所持 {shares} 股的禁售期于 {date} 届满</translation>
    </message>
    <message>
        <source>Lock-up of {group} in {name} ends {date}</source>
        <translation>{name}{group}的禁售期于 {date} 届满</translation>
    </message>
    <message>
        <source> ({shares} shares)</source>
        <translation>（{shares} 股）</translation>
    </message>
    <message>
        <source>; stabilisation ended {date}</source>
        <translation>；稳定价格期已于 {date} 结束</translation>
    </message>
    <message>
        <source>Over-allotment option fully exercised</source>
        <translation>超额配股权已获悉数行使</translation>
    </message>
    <message>
        <source>Over-allotment option partly exercised</source>
        <translation>超额配股权已获部分行使</translation>
    </message>
    <message>
        <source>Over-allotment option lapsed</source>
        <translation>超额配股权已失效</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is {size} MB, larger than the {limit} MB this app reads</source>
        <translation>文件大小为 {size} MB，超过本程序可读取的 {limit} MB</translation>
    </message>
    <message>
        <source>the file is not a PDF</source>
        <translation>文件不是 PDF</translation>
    </message>
    <message>
        <source>the PDF is encrypted and needs a password</source>
        <translation>此 PDF 已加密，需要密码</translation>
    </message>
    <message>
        <source>the PDF is damaged or truncated and cannot be read</source>
        <translation>此 PDF 已损坏或不完整，无法读取</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>此 PDF 没有任何页面</translation>
    </message>
    <message>
        <source>the PDF has {pages} pages, more than the {most} this app reads</source>
        <translation>此 PDF 共 {pages} 页，超过本程序可读取的 {most} 页</translation>
    </message>
    <message>
        <source>listed as {document}, but its headings say it is not one</source>
        <translation>披露易将其列为{document}，但文件标题显示并非此类文件</translation>
    </message>
    <message>
        <source>the document is of stock {code}, not {want}: another company&apos;s document</source>
        <translation>文件属于股票 {code}，而不是 {want}：是另一家公司的文件</translation>
    </message>
    <message>
        <source>the document&apos;s issuer is {issuer}, not the expected company</source>
        <translation>文件的发行人是 {issuer}，并非预期的公司</translation>
    </message>
    <message>
        <source>the first pages name no stock code or issuer to check</source>
        <translation>前几页没有可核对的股票代码或发行人</translation>
    </message>
    <message>
        <source>check the document: initial {initial} + reallocated {moved} Hong Kong offer shares is not the final {final} (page {page})</source>
        <translation>请核对文件：香港发售股份初步数目 {initial} 加重新分配 {moved}，不等于最终数目 {final}（第 {page} 页）</translation>
    </message>
    <message>
        <source>check the document: no clawback is printed but the Hong Kong offer shares changed from {initial} to {final}</source>
        <translation>请核对文件：文件未载明回拨，但香港发售股份由 {initial} 股变为 {final} 股</translation>
    </message>
    <message>
        <source>check the document: the basis of allocation counts {total} valid applications (Pool A and B), the results print {printed} (page {page})</source>
        <translation>请核对文件：分配基准合计 {total} 份有效申请（甲组及乙组），配发结果则载 {printed} 份（第 {page} 页）</translation>
    </message>
    <message>
        <source>check the document: none of the expected labels was found</source>
        <translation>请核对文件：未找到任何预期的标签</translation>
    </message>
    <message>
        <source>check the document: stabilisation ended {ended}, but 30 days after applications closed ({closed}) is {expected}</source>
        <translation>请核对文件：稳定价格期于 {ended} 结束，但认购截止（{closed}）后第 30 天为 {expected}</translation>
    </message>
    <message>
        <source>check the document: a {months}-month lock-up from listing on {listing} ends {expected}, the document prints {printed}</source>
        <translation>请核对文件：自上市日 {listing} 起 {months} 个月的禁售期应于 {expected} 届满，文件所载为 {printed}</translation>
    </message>
    <message>
        <source>check the document: the entry fee {fee} (page {page}) is not board lot {lot} × {price} × 1.010085 = {expected}</source>
        <translation>请核对文件：入场费 {fee}（第 {page} 页）不等于每手 {lot} 股 × {price} × 1.010085 = {expected}</translation>
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
        <translation>暂无申请人。首次更新港交所申请版本后（数据来源 › 全部立即更新），上市进度即会填充。</translation>
    </message>
    <message>
        <source>Reading the pipeline…</source>
        <translation>正在读取上市进度…</translation>
    </message>
    <message>
        <source>Also filed as: {names}</source>
        <translation>亦曾以下列名称递表：{names}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>Filter applicants by any name</source>
        <translation>按任意名称筛选申请人</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add to watchlist</source>
        <translation>添加到关注列表</translation>
    </message>
    <message>
        <source>Open on watchlist</source>
        <translation>在关注列表中打开</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n 名申请人</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
    <message>
        <source>Select an applicant to see its filings.</source>
        <translation>选择一名申请人，查看其文件。</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>自 {day} 起</translation>
    </message>
    <message>
        <source>Could not read the filings: {reason}</source>
        <translation>无法读取递表记录：{reason}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Open document ↗</source>
        <translation>打开文件 ↗</translation>
    </message>
    <message>
        <source>Could not add to the watchlist: {reason}</source>
        <translation>无法加入关注列表：{reason}</translation>
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
        <translation>{source}：关注列表有 %n 份新文件</translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <source>Polling could not start: {reason}</source>
        <translation>无法开始更新：{reason}</translation>
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
        <translation>文件和阶段变更</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Start at login, minimised to the tray</source>
        <translation>登录时启动，并最小化到系统托盘</translation>
    </message>
    <message>
        <source>Quiet hours: hold notifications from</source>
        <translation>免打扰时段：暂不通知，从</translation>
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
        <translation>提醒我以下类别</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Team database…</source>
        <translation>团队数据库…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Kinds that alert</source>
        <translation>会提醒的类别</translation>
    </message>
    <message>
        <source>Per company</source>
        <translation>单个公司</translation>
    </message>
    <message>
        <source>Alert on every Hong Kong IPO&apos;s offer opening, not only the watchlist&apos;s</source>
        <translation>每只香港新股开始招股时均提醒，不限于关注列表</translation>
    </message>
    <message>
        <source>The formal notice HKEX publishes the day an offer opens for subscription. Off: only the companies on the watchlist alert.</source>
        <translation>即香港交易所于招股首日刊发的正式通告。关闭时只有关注列表的公司会提醒。</translation>
    </message>
    <message>
        <source>Offer reminders</source>
        <translation>招股提醒</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Before applications close</source>
        <translation>认购截止前</translation>
    </message>
    <message>
        <source>Banks and brokers close their own application lists earlier than the time the documents print.</source>
        <translation>银行及券商会早于文件所载的时间截止其认购申请。</translation>
    </message>
    <message>
        <source>Before a lock-up ends</source>
        <translation>禁售期届满前</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PriceChart</name>
    <message>
        <source>No share prices yet.</source>
        <translation>暂无股价。</translation>
    </message>
    <message>
        <source>Share price</source>
        <translation>股价</translation>
    </message>
    <message>
        <source>Offer price not known, so returns cannot be worked out.</source>
        <translation>发售价未知，无法计算回报。</translation>
    </message>
    <message>
        <source>Prices are in {currency}, the offer price in HK$: not compared.</source>
        <translation>股价以 {currency} 计，发售价以港元计：不作对比。</translation>
    </message>
    <message>
        <source>First-day return {pct}</source>
        <translation>首日回报 {pct}</translation>
    </message>
    <message>
        <source>First-day close not recorded</source>
        <translation>无首日收盘价记录</translation>
    </message>
    <message>
        <source>Offer {offer} · {first} · Return to date {ret} (close {close} on {day})</source>
        <translation>发售价 {offer} · {first} · 至今回报 {ret}（{day} 收盘 {close}）</translation>
    </message>
    <message>
        <source>Close (HK$)</source>
        <translation>收盘价（港元）</translation>
    </message>
    <message>
        <source>Close ({currency})</source>
        <translation>收盘价（{currency}）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收盘价</translation>
    </message>
    <message>
        <source>Offer {price}</source>
        <translation>发售价 {price}</translation>
    </message>
    <message>
        <source>{day}
Close {close}</source>
        <translation>{day}
收盘 {close}</translation>
    </message>
    <message>
        <source>
{pct} against the offer</source>
        <translation>
较发售价 {pct}</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Edit funding round</source>
        <translation>编辑融资轮次</translation>
    </message>
    <message>
        <source>Add funding round</source>
        <translation>添加融资轮次</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if not known</source>
        <translation>YYYY-MM-DD，未知可留空</translation>
    </message>
    <message>
        <source>e.g. Series C+</source>
        <translation>例如 C+轮</translation>
    </message>
    <message>
        <source>in the round&apos;s currency, e.g. 1,000,000,000 or 1bn</source>
        <translation>以该轮币种计，例如 1,000,000,000 或 1bn</translation>
    </message>
    <message>
        <source>only if the source states it in US$</source>
        <translation>仅在来源以美元列明时填写</translation>
    </message>
    <message>
        <source>separate with ; e.g. Fund A; 基金乙</source>
        <translation>用 ; 分隔，例如 基金甲; 基金乙</translation>
    </message>
    <message>
        <source>https://… or where it is written, e.g. Prospectus, p. 212</source>
        <translation>https://… 或数据出处，例如 招股章程第 212 页</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>US$ amount</source>
        <translation>美元金额</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>Confidentially filed for a Hong Kong share sale, planning to raise about US$200m</source>
        <translation>已以保密形式递表申请在香港上市，计划募资约2亿美元</translation>
    </message>
    <message>
        <source>Filed for a Main Board listing in Hong Kong</source>
        <translation>已递表申请在香港主板上市</translation>
    </message>
    <message>
        <source>Plans a Hong Kong listing of up to US$1bn</source>
        <translation>计划在香港上市，募资最多10亿美元</translation>
    </message>
    <message>
        <source>Listed in Hong Kong in Q1 2026</source>
        <translation>于2026年第一季度在香港上市</translation>
    </message>
    <message>
        <source>Restructuring for a Hong Kong listing</source>
        <translation>正在进行重组，准备在香港上市</translation>
    </message>
    <message>
        <source>Named as a prospective Hong Kong listing candidate</source>
        <translation>被列为潜在的香港上市公司</translation>
    </message>
    <message>
        <source>Bloomberg, as reported by the South China Morning Post</source>
        <translation>彭博社，据《南华早报》报道</translation>
    </message>
    <message>
        <source>South China Morning Post</source>
        <translation>《南华早报》</translation>
    </message>
    <message>
        <source>China Daily</source>
        <translation>《中国日报》</translation>
    </message>
    <message>
        <source>PitchBook, as reported by China Daily</source>
        <translation>PitchBook，据《中国日报》报道</translation>
    </message>
    <message>
        <source>AI robotics; industrial 3D cameras</source>
        <translation>人工智能机器人；工业 3D 相机</translation>
    </message>
    <message>
        <source>Microcontrollers for smart home products</source>
        <translation>智能家居产品微控制器</translation>
    </message>
    <message>
        <source>Circuits, precision parts, touch displays</source>
        <translation>电路板、精密零部件、触控显示屏</translation>
    </message>
    <message>
        <source>AI (large language models)</source>
        <translation>人工智能（大语言模型）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>图形处理器</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>机器人</translation>
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
        <translation>苏州</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>广东</translation>
    </message>
    <message>
        <source>Founded in 2016; dual headquarters in Beijing and Shanghai.</source>
        <translation>2016 年成立；在北京和上海设双总部。</translation>
    </message>
    <message>
        <source>Raised US$300m in total by its Series C+ round; backers include Intel.</source>
        <translation>截至 C+ 轮累计融资 3 亿美元；投资方包括英特尔。</translation>
    </message>
    <message>
        <source>Confidentially filed for a Hong Kong share sale; plans to raise about US$200m.</source>
        <translation>已以保密形式递表申请在香港上市；计划募资约 2 亿美元。</translation>
    </message>
    <message>
        <source>Founded in 2001 by Yang Yong with 1m yuan.</source>
        <translation>由 Yang Yong 于 2001 年以 100 万元人民币创立。</translation>
    </message>
    <message>
        <source>Listed on Shanghai&apos;s STAR Market in 2022; market capitalisation 15.1bn yuan.</source>
        <translation>2022 年在上海证券交易所科创板上市；市值 151 亿元人民币。</translation>
    </message>
    <message>
        <source>Filed for a Main Board listing in Hong Kong.</source>
        <translation>已递表申请在香港主板上市。</translation>
    </message>
    <message>
        <source>Shenzhen-listed maker of circuits, precision parts and touch displays.</source>
        <translation>在深圳上市的电路板、精密零部件和触控显示屏制造商。</translation>
    </message>
    <message>
        <source>Plans a Hong Kong listing of up to US$1bn.</source>
        <translation>计划在香港上市，募资最多 10 亿美元。</translation>
    </message>
    <message>
        <source>Listed in Hong Kong in Q1 2026.</source>
        <translation>于 2026 年第一季度在香港上市。</translation>
    </message>
    <message>
        <source>Restructuring for a Hong Kong listing.</source>
        <translation>正在进行重组，准备在香港上市。</translation>
    </message>
    <message>
        <source>Named as a prospective Hong Kong listing candidate. Its Chinese name is not in the article.</source>
        <translation>被列为潜在的香港上市公司。文章未载明其中文名称。</translation>
    </message>
    <message>
        <source>60 companies raised US$18.5bn in Hong Kong IPOs in 2025 to the article&apos;s date, up 158% on the year.</source>
        <translation>2025 年截至文章发布之日，共有 60 家公司通过香港 IPO 募资 185 亿美元，同比增长 158%。</translation>
    </message>
    <message>
        <source>Zhipu, MiniMax, Biren and Iluvatar CoreX drove over US$22bn of AI-related exit value in Q1 2026.</source>
        <translation>2026 年第一季度，智谱、MiniMax、壁仞和天数智芯带动超过 220 亿美元的人工智能相关退出价值。</translation>
    </message>
</context>
<context>
    <name>SourceErrors</name>
    <message>
        <source>HKEX application proofs and PHIPs</source>
        <translation>港交所申请版本及聆讯后资料集</translation>
    </message>
    <message>
        <source>HKEX listing documents</source>
        <translation>港交所上市文件</translation>
    </message>
    <message>
        <source>HKEX New Listing Report</source>
        <translation>港交所新上市报告</translation>
    </message>
    <message>
        <source>CSRC overseas listing filings</source>
        <translation>证监会境外发行上市备案</translation>
    </message>
    <message>
        <source>cninfo A-share announcements</source>
        <translation>巨潮资讯A股公告</translation>
    </message>
    <message>
        <source>News feeds</source>
        <translation>新闻源</translation>
    </message>
    <message>
        <source>Share prices (Hong Kong)</source>
        <translation>股价（香港）</translation>
    </message>
    <message>
        <source>Funding rounds in offer documents</source>
        <translation>招股文件中的融资轮次</translation>
    </message>
    <message>
        <source>HKEX offer documents (terms, results)</source>
        <translation>香港交易所招股文件（条款、结果）</translation>
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
        <translation>处理中申请的列表</translation>
    </message>
    <message>
        <source>list of applications with a PHIP</source>
        <translation>已刊发聆讯后资料集的申请列表</translation>
    </message>
    <message>
        <source>list of lapsed, withdrawn and rejected applications</source>
        <translation>已失效、撤回及被拒绝申请的列表</translation>
    </message>
    <message>
        <source>list of listed applicants</source>
        <translation>已上市申请人的列表</translation>
    </message>
    <message>
        <source>list of returned applications</source>
        <translation>被发回申请的列表</translation>
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
        <translation>证监会网站</translation>
    </message>
    <message>
        <source>cninfo</source>
        <translation>巨潮资讯</translation>
    </message>
    <message>
        <source>Tencent&apos;s quote server</source>
        <translation>腾讯行情服务器</translation>
    </message>
    <message>
        <source>Yahoo Finance</source>
        <translation>雅虎财经</translation>
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

技术细节：{detail}</translation>
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
        <translation>港交所 {year} 年新上市报告（{language}）</translation>
    </message>
    <message>
        <source>the CSRC&apos;s table of overseas listing filings</source>
        <translation>证监会的境外发行上市备案公示表</translation>
    </message>
    <message>
        <source>a news feed</source>
        <translation>新闻源</translation>
    </message>
    <message>
        <source>Tencent&apos;s quote for {code}</source>
        <translation>腾讯 {code} 的报价</translation>
    </message>
    <message>
        <source>Yahoo Finance&apos;s prices for {code}.HK</source>
        <translation>雅虎财经 {code}.HK 的股价</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>文件 {name}</translation>
    </message>
    <message>
        <source>the file is not on the server (HTTP 404)</source>
        <translation>服务器上没有这个文件（HTTP 404）</translation>
    </message>
    <message>
        <source>the server refused to hand it out (HTTP {status})</source>
        <translation>服务器拒绝提供（HTTP {status}）</translation>
    </message>
    <message>
        <source>the server asked the app to slow down (HTTP 429)</source>
        <translation>服务器要求本程序降低请求频率（HTTP 429）</translation>
    </message>
    <message>
        <source>the server had a problem on its side (HTTP {status})</source>
        <translation>服务器端出现问题（HTTP {status}）</translation>
    </message>
    <message>
        <source>the server answered with an error (HTTP {status})</source>
        <translation>服务器返回错误（HTTP {status}）</translation>
    </message>
    <message>
        <source>HKEX does not publish this file for this board</source>
        <translation>港交所没有为该板块发布这个文件</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be looked up (is the network up?)</source>
        <translation>无法解析服务器名称（网络是否已连接？）</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>the secure connection to the server failed</source>
        <translation>与服务器的加密连接失败</translation>
    </message>
    <message>
        <source>not asked, because the same server failed earlier in this poll</source>
        <translation>未查询，因为同一服务器在本次更新中较早前已出错</translation>
    </message>
    <message>
        <source>the server sent the app somewhere else, which it does not follow</source>
        <translation>服务器将请求重定向到别处，本程序不会跟随</translation>
    </message>
    <message>
        <source>the answer was far larger than expected, so the app stopped reading</source>
        <translation>返回内容远大于预期，本程序已停止读取</translation>
    </message>
    <message>
        <source>the answer was not in the form the app reads (the site may have changed)</source>
        <translation>返回内容的格式本程序无法读取（网站可能已改版）</translation>
    </message>
    <message>
        <source>%n record(s) skipped (no name, id or date to go by)</source>
        <translation>跳过了 %n 条记录（没有可依据的名称、编号或日期）</translation>
    </message>
    <message>
        <source>HKEX publishes no GEM report for that year</source>
        <translation>港交所没有发布该年度的 GEM 报告</translation>
    </message>
    <message>
        <source>more offer documents wait for the next poll</source>
        <translation>还有招股文件留待下次更新读取</translation>
    </message>
    <message>
        <source>it failed, without saying why</source>
        <translation>失败，原因不明</translation>
    </message>
    <message>
        <source>it refused the password</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <source>the database is not on the server</source>
        <translation>服务器上没有这个数据库</translation>
    </message>
    <message>
        <source>the connection to it was lost, so nothing of this poll was stored</source>
        <translation>连接已断开，本次更新的数据均未保存</translation>
    </message>
    <message>
        <source>its server cannot be reached (is it running, is the network up?)</source>
        <translation>无法连接到其服务器（服务器是否正在运行？网络是否正常？）</translation>
    </message>
    <message>
        <source>; HKEX does not publish every file for GEM</source>
        <translation>；港交所并非每类文件都有 GEM 版本</translation>
    </message>
    <message>
        <source>at the next poll</source>
        <translation>在下次更新时</translation>
    </message>
    <message>
        <source>at the next poll, tomorrow</source>
        <translation>在下次更新时（明天）</translation>
    </message>
    <message>
        <source>at the next poll, in %n day(s)</source>
        <translation>在下次更新时（%n 天后）</translation>
    </message>
    <message>
        <source>at the next poll, in %n hour(s)</source>
        <translation>在下次更新时（%n 小时后）</translation>
    </message>
    <message>
        <source>at the next poll, in {minutes} minutes</source>
        <translation>在下次更新时（{minutes} 分钟后）</translation>
    </message>
    <message>
        <source>Yahoo Finance: </source>
        <translation>雅虎财经：</translation>
    </message>
    <message>
        <source>Tencent: </source>
        <translation>腾讯：</translation>
    </message>
    <message>
        <source>Share prices for {code}</source>
        <translation>{code} 的股价</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>the team database {account}</source>
        <translation>团队数据库 {account}</translation>
    </message>
    <message>
        <source>the CSRC&apos;s website refuses connections from this network (HTTP 403), as it does for some networks and countries; another network may get through</source>
        <translation>证监会网站拒绝来自此网络的连接（HTTP 403），它对部分网络及国家或地区均如此；改用其他网络或可连上</translation>
    </message>
    <message>
        <source> (and other files too)</source>
        <translation>（其他文件也是如此）</translation>
    </message>
    <message>
        <source> (other files failed as well)</source>
        <translation>（其他文件也出错）</translation>
    </message>
    <message>
        <source>The source is turned off: turn it on in the Sources view to try again.</source>
        <translation>此数据来源已关闭：请在“数据来源”页面开启后再试。</translation>
    </message>
    <message>
        <source>Nothing is missing if HKEX has no such file; the others are read as usual.</source>
        <translation>如港交所没有此文件，并无遗漏；其他文件照常读取。</translation>
    </message>
    <message>
        <source>Nothing stored before is lost; the app tries again {when}.</source>
        <translation>之前保存的数据不会丢失；程序会{when}重试。</translation>
    </message>
    <message>
        <source>The “{title}” source has not run yet; it runs soon after the app starts (or press Poll now in the Sources view).</source>
        <translation>“{title}”数据来源尚未运行；程序启动后不久即会运行（或在“数据来源”页面点击“立即更新”）。</translation>
    </message>
    <message>
        <source>The “{title}” source is turned off: turn it on in the Sources view.</source>
        <translation>“{title}”数据来源已关闭：请在“数据来源”页面开启。</translation>
    </message>
    <message>
        <source>The “{title}” source is failing. {reason}</source>
        <translation>“{title}”数据来源出错。{reason}</translation>
    </message>
    <message>
        <source>The “{title}” source has not finished a poll yet.</source>
        <translation>“{title}”数据来源尚未完成任何一次更新。</translation>
    </message>
    <message>
        <source>The “{title}” source ran on {date} and found nothing yet.</source>
        <translation>“{title}”数据来源已于 {date} 运行，暂未找到任何内容。</translation>
    </message>
    <message>
        <source>No new-listing data yet.</source>
        <translation>暂无新上市数据。</translation>
    </message>
    <message>
        <source>Meanwhile, from the starting watchlist&apos;s sources:</source>
        <translation>在此期间，来自初始关注列表的数据：</translation>
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
        <translation>没有股价：该公司尚无港股代码。
有代码后（来自港交所上市文件，或在“编辑公司”中输入）即会获取股价。</translation>
    </message>
    <message>
        <source>No share prices yet: {hk_code} starts trading on {date}.
The “{title}” source fetches closing prices once a day from then on.</source>
        <translation>暂无股价：{hk_code} 将于 {date} 开始交易。
“{title}”数据来源届时起每天获取一次收盘价。</translation>
    </message>
    <message>
        <source>No share prices yet: code {hk_code} is known, but no prices have been fetched.</source>
        <translation>暂无股价：已知代码 {hk_code}，但尚未获取股价。</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source runs once a day; it has not run yet.</source>
        <translation>{head}
“{title}”数据来源每天运行一次，尚未运行。</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source is turned off: turn it on in the Sources view.</source>
        <translation>{head}
“{title}”数据来源已关闭：请在“数据来源”页面开启。</translation>
    </message>
    <message>
        <source>{head}
The price source is failing. {reason}</source>
        <translation>{head}
股价数据来源出错。{reason}</translation>
    </message>
    <message>
        <source>{head}
The “{title}” source runs once a day; prices appear after its next run.</source>
        <translation>{head}
“{title}”数据来源每天运行一次；下次运行后即显示股价。</translation>
    </message>
</context>
<context>
    <name>SourceHealth</name>
    <message>
        <source>The company is no longer on the watchlist.</source>
        <translation>该公司已不在关注列表中。</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>即将运行</translation>
    </message>
    <message>
        <source>Never succeeded yet</source>
        <translation>从未成功</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
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
        <translation>新闻源…</translation>
    </message>
    <message>
        <source>Could not load the sources: {reason}</source>
        <translation>无法加载数据来源：{reason}</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>无法保存：{reason}</translation>
    </message>
    <message>
        <source>Nothing to poll: those sources are paused or already running.</source>
        <translation>没有可更新的数据来源：这些来源已暂停或正在运行。</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n source(s)…</source>
        <translation>
            <numerusform>正在更新 %n 个数据来源…</numerusform>
        </translation>
    </message>
    <message>
        <source>News feeds saved; they are read on the next news poll.</source>
        <translation>新闻源已保存；下次更新新闻时即会读取。</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Watching</source>
        <translation>关注中</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已传出上市计划</translation>
    </message>
    <message>
        <source>CSRC filed</source>
        <translation>已向证监会备案</translation>
    </message>
    <message>
        <source>Application filed</source>
        <translation>已递表</translation>
    </message>
    <message>
        <source>CSRC cleared</source>
        <translation>已获备案通知书</translation>
    </message>
    <message>
        <source>Hearing passed</source>
        <translation>已通过聆讯</translation>
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
        <translation>申请已失效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已被发回</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已被拒绝</translation>
    </message>
    <message>
        <source>On the watchlist; no step towards a Hong Kong listing seen yet</source>
        <translation>已加入关注列表；尚未见到赴港上市的任何步骤</translation>
    </message>
    <message>
        <source>News or the company itself says it plans a Hong Kong listing; nothing filed</source>
        <translation>新闻或公司表示计划在香港上市；尚未递表</translation>
    </message>
    <message>
        <source>The CSRC has received the company&apos;s filing for an overseas listing</source>
        <translation>中国证监会已接收公司的境外上市备案</translation>
    </message>
    <message>
        <source>An application proof is on HKEXnews: the company has applied to list; an application lapses six months after it was filed</source>
        <translation>披露易已刊登申请版本：公司已递交上市申请；申请于递交六个月后失效</translation>
    </message>
    <message>
        <source>The CSRC has published its filing notice: the company may list abroad</source>
        <translation>中国证监会已发出备案通知书：公司可赴境外上市</translation>
    </message>
    <message>
        <source>HKEX has published the Post Hearing Information Pack: the Listing Committee has approved; the offer usually follows within weeks</source>
        <translation>香港交易所已刊登聆讯后资料集：上市委员会已批准；招股通常于数周内开始</translation>
    </message>
    <message>
        <source>The prospectus or formal notice is out: the public offer is open or set</source>
        <translation>招股章程或正式通告已刊发：公开发售已开始或已定期</translation>
    </message>
    <message>
        <source>The shares trade in Hong Kong</source>
        <translation>股份已在香港买卖</translation>
    </message>
    <message>
        <source>The application lapsed six months after it was filed; a new application proof puts the company back on the path</source>
        <translation>申请已于递交六个月后失效；重新递交申请版本即重回上市进程</translation>
    </message>
    <message>
        <source>The company withdrew its application</source>
        <translation>公司已撤回上市申请</translation>
    </message>
    <message>
        <source>HKEX returned the application as incomplete; no new filing for eight weeks</source>
        <translation>香港交易所以资料不完整为由发回申请；八周内不得重新递表</translation>
    </message>
    <message>
        <source>HKEX rejected the application</source>
        <translation>香港交易所已拒绝上市申请</translation>
    </message>
    <message>
        <source>Lapsed six months after filing (Listing Rule 9.03)</source>
        <translation>递表六个月后失效（《上市规则》第9.03条）</translation>
    </message>
    <message>
        <source>Waiting for news of a listing plan</source>
        <translation>等待上市计划的消息</translation>
    </message>
    <message>
        <source>CSRC filing or an Application Proof on HKEXnews</source>
        <translation>向证监会备案，或在披露易刊发申请版本</translation>
    </message>
    <message>
        <source>Application Proof on HKEXnews and the CSRC filing notice</source>
        <translation>在披露易刊发申请版本及取得证监会备案通知书</translation>
    </message>
    <message>
        <source>Application proof lapses on {lapse} unless a hearing is passed</source>
        <translation>除非通过聆讯，申请版本将于 {lapse} 失效</translation>
    </message>
    <message>
        <source>Listing hearing (PHIP)</source>
        <translation>上市聆讯（聆讯后资料集）</translation>
    </message>
    <message>
        <source>Prospectus and launch of the offer</source>
        <translation>刊发招股章程并开始招股</translation>
    </message>
    <message>
        <source>Allotment results and first day of trading</source>
        <translation>配发结果及首日交易</translation>
    </message>
    <message>
        <source>Trading: share price against the offer price</source>
        <translation>交易中：股价对比发售价</translation>
    </message>
    <message>
        <source>A new Application Proof, not before {earliest} (eight weeks after the return)</source>
        <translation>重新递交申请版本，最早 {earliest}（发回后八周）</translation>
    </message>
    <message>
        <source>A new Application Proof after the rejection</source>
        <translation>被拒绝后重新递交申请版本</translation>
    </message>
    <message>
        <source>A new Application Proof (re-filing)</source>
        <translation>重新递交申请版本</translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <source>Lapsed on {since} ({days} ago)</source>
        <translation>已于 {since} 失效（{days}前）</translation>
    </message>
    <message>
        <source>Lapsed (HKEX gives no date for the lapse)</source>
        <translation>已失效（港交所未公布失效日期）</translation>
    </message>
    <message>
        <source>; the Application Proof was filed on {filed}</source>
        <translation>；申请版本于 {filed} 递交</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>In this stage since {since} ({days}).</source>
        <translation>自 {since} 起处于此阶段（{days}）。</translation>
    </message>
    <message>
        <source>Next: listing hearing (PHIP); the Application Proof lapses on {lapse} ({left} left) unless a hearing is passed.</source>
        <translation>下一步：上市聆讯（聆讯后资料集）；除非通过聆讯，申请版本将于 {lapse} 失效（还剩 {left}）。</translation>
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
        <translation>暂无同时具备两项数字的上市：配发结果（香港公开发售的认购倍数）及上市日收盘价。两者均来自港交所招股文件及股价的更新。</translation>
    </message>
    <message>
        <source>Oversubscription and first-day return</source>
        <translation>超额认购与首日回报</translation>
    </message>
    <message>
        <source>Subscribed: the Hong Kong public offer, as the allotment results state it. First-day return: the close of the listing day against the final offer price.</source>
        <translation>认购倍数：香港公开发售部分，按配发结果所载。首日回报：上市日收盘价对比最终发售价。</translation>
    </message>
    <message>
        <source>%n listing(s) of the year without both figures.</source>
        <translation>该年有 %n 只新股未有两项数字。</translation>
    </message>
    <message>
        <source>HK public offer subscribed (times, log scale)</source>
        <translation>香港公开发售认购倍数（对数刻度）</translation>
    </message>
    <message>
        <source>First-day return (%)</source>
        <translation>首日回报（%）</translation>
    </message>
    <message>
        <source>Watched companies</source>
        <translation>关注的公司</translation>
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
        <translation>轮次</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>投资者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>Also: </source>
        <translation>另见：</translation>
    </message>
    <message>
        <source>Found in the company&apos;s filings and in the news. Nothing enters the chart until you accept it; a rejected round is not suggested again.</source>
        <translation>来自公司文件和新闻。需经你接受才会加入图表；被拒绝的轮次不会再次建议。</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>编辑并接受…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Add this round to the company&apos;s funding history as stated</source>
        <translation>按所载内容将此轮加入公司的融资记录</translation>
    </message>
    <message>
        <source>Correct the figures first, then add the round</source>
        <translation>先修正数字，再添加此轮</translation>
    </message>
    <message>
        <source>Not a round of this company: do not suggest it again</source>
        <translation>并非该公司的融资：不再建议</translation>
    </message>
    <message>
        <source>Suggested rounds ({count})</source>
        <translation>建议的轮次（{count}）</translation>
    </message>
    <message>
        <source>Check the suggested round</source>
        <translation>检查建议的轮次</translation>
    </message>
    <message>
        <source>Not saved: {exc}</source>
        <translation>未保存：{exc}</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Watchlist</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>上市进度</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
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
        <translation>“{address}”不是 PostgreSQL 地址：格式应为 postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The database address names no server (postgresql://USER@HOST/DB).</source>
        <translation>数据库地址未指明服务器（postgresql://USER@HOST/DB）。</translation>
    </message>
    <message>
        <source>The database address names no database (…/DATABASE at the end).</source>
        <translation>数据库地址未指明数据库（结尾的 …/DATABASE）。</translation>
    </message>
    <message>
        <source>This desktop uses the team database {account}: it is backed up on the server, with pg_dump (for example: pg_dump -Fc -h {host} -p {port} -U {user} -f ipo-watch.dump {name}), not by copying a file here. File › Export still saves the watchlist and events as JSON or CSV.</source>
        <translation>这台计算机使用团队数据库 {account}：备份在服务器上用 pg_dump 完成（例如：pg_dump -Fc -h {host} -p {port} -U {user} -f ipo-watch.dump {name}），而不是在此复制文件。“文件 › 导出”仍可将关注列表和事件保存为 JSON 或 CSV。</translation>
    </message>
    <message>
        <source>The team database {account} keeps text as {encoding}, which cannot hold Chinese names; the app needs UTF-8 and changed nothing. The team admin makes a new one with: {command}</source>
        <translation>团队数据库 {account} 以 {encoding} 保存文本，无法存放中文名称；程序需要 UTF-8，未作任何更改。团队管理员可用以下命令创建新的数据库：{command}</translation>
    </message>
    <message>
        <source>The team database cannot be reached: its server stopped, or the network is down. Nothing was changed; try again once it is back.</source>
        <translation>无法连接到团队数据库：服务器已停止，或网络中断。未作任何更改；请在恢复连接后重试。</translation>
    </message>
    <message>
        <source>this user</source>
        <translation>此用户</translation>
    </message>
    <message>
        <source>The team database at {where} refused the password for {user}. Enter it again in Preferences › Team database (it is kept in the system keyring), or set PGPASSWORD or ~/.pgpass.</source>
        <translation>位于 {where} 的团队数据库拒绝了 {user} 的密码。请在“设置 › 团队数据库”中重新输入（密码保存在系统密钥环中），或设置 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The team database at {where} asks for a password for {user}, and none was found (PGPASSWORD, ~/.pgpass or the system keyring).</source>
        <translation>位于 {where} 的团队数据库要求 {user} 的密码，但未找到（PGPASSWORD、~/.pgpass 或系统密钥环）。</translation>
    </message>
    <message>
        <source>The server {where} has no database named {name}. The team admin creates it with: {command}</source>
        <translation>服务器 {where} 没有名为 {name} 的数据库。团队管理员可用以下命令创建：{command}</translation>
    </message>
    <message>
        <source>The secure connection to the team database at {where} failed: {first}</source>
        <translation>与位于 {where} 的团队数据库的加密连接失败：{first}</translation>
    </message>
    <message>
        <source>The team database server {where} cannot be reached ({first}). Is it running, and is this computer on its network?</source>
        <translation>无法连接到团队数据库服务器 {where}（{first}）。服务器是否正在运行？这台计算机是否在同一网络？</translation>
    </message>
    <message>
        <source>The team database at {where} could not be used: {first}</source>
        <translation>无法使用位于 {where} 的团队数据库：{first}</translation>
    </message>
    <message>
        <source>Connected. The database is empty: the app will set it up.</source>
        <translation>已连接。数据库为空：程序将自动初始化。</translation>
    </message>
    <message>
        <source>Connected. It holds {companies} companies and {events} events (schema {revision}).</source>
        <translation>已连接。数据库有 {companies} 家公司和 {events} 个事件（结构 {revision}）。</translation>
    </message>
    <message>
        <source>The copy goes into a team database on a PostgreSQL server.</source>
        <translation>副本将复制到 PostgreSQL 服务器上的团队数据库。</translation>
    </message>
    <message>
        <source>The team database already holds a watchlist: only an empty one can take this desktop&apos;s data. Nothing was copied.</source>
        <translation>团队数据库已有关注列表：只有空数据库才能接收这台计算机的数据。未复制任何数据。</translation>
    </message>
    <message>
        <source>The copy of {table} holds {found} rows instead of {expected}: nothing was copied.</source>
        <translation>{table} 的副本有 {found} 行，而不是 {expected} 行：未复制任何数据。</translation>
    </message>
    <message>
        <source>Lost the team database {account} (its server stopped, or the network is down); the app tries again every {seconds} seconds.</source>
        <translation>与团队数据库 {account} 的连接已断开（服务器已停止，或网络中断）；程序会每 {seconds} 秒重试。</translation>
    </message>
    <message>
        <source>Connected to the team database again.</source>
        <translation>已重新连接到团队数据库。</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>Share one watchlist between desktops: point this desktop at a PostgreSQL database on your team&apos;s server. Each person keeps their own read state, notifications and quiet hours.</source>
        <translation>在多台计算机之间共享一份关注列表：将这台计算机指向团队服务器上的 PostgreSQL 数据库。每人各自保留已读状态、通知和免打扰时段。</translation>
    </message>
    <message>
        <source>from the system keyring, PGPASSWORD or ~/.pgpass</source>
        <translation>来自系统密钥环、PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Copy this desktop&apos;s data into it (only into an empty database)</source>
        <translation>将这台计算机的数据复制过去（仅限空数据库）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Switch to it</source>
        <translation>切换到此数据库</translation>
    </message>
    <message>
        <source>Use this desktop&apos;s own database</source>
        <translation>使用这台计算机自己的数据库</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keyring ({exc}). Set PGPASSWORD or ~/.pgpass on this computer instead.</source>
        <translation>无法将密码保存到系统密钥环（{exc}）。请改为在这台电脑上设置 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Copying this desktop&apos;s data…</source>
        <translation>正在复制这台计算机的数据…</translation>
    </message>
    <message>
        <source> Copied {companies} companies and {events} events, every count checked.</source>
        <translation>已复制 {companies} 家公司和 {events} 个事件，每项数量均已核对。</translation>
    </message>
    <message>
        <source>This desktop uses {account} from its next start.{copied}</source>
        <translation>这台计算机将在下次启动时使用 {account}。{copied}</translation>
    </message>
    <message>
        <source>This desktop uses its own database from its next start.</source>
        <translation>这台计算机将在下次启动时使用自己的数据库。</translation>
    </message>
</context>
<context>
    <name>TeamProblemDialog</name>
    <message>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Use this desktop&apos;s own database</source>
        <translation>使用这台计算机自己的数据库</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
        <translation>新闻</translation>
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
点击打开文件</translation>
    </message>
    <message>
        <source>No dated filings or news yet.</source>
        <translation>暂无带日期的文件或新闻。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>{stage} from {date}
{title}</source>
        <translation>自 {date} 起{stage}
{title}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Lapsed {date}</source>
        <translation>{date} 失效</translation>
    </message>
    <message>
        <source>Application proof lapses {date} · {left} days left</source>
        <translation>申请版本于 {date} 失效 · 还剩 {left} 天</translation>
    </message>
    <message>
        <source>Application proof lapsed {date}</source>
        <translation>申请版本已于 {date} 失效</translation>
    </message>
    <message>
        <source>Listing Rule 9.03: an Application Proof lapses six months after filing</source>
        <translation>《上市规则》第9.03条：申请版本于递表六个月后失效</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open IPO Pipeline Watch</source>
        <translation>打开 IPO Pipeline Watch</translation>
    </message>
    <message>
        <source>Show alerts</source>
        <translation>显示提醒</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>立即更新</translation>
    </message>
    <message>
        <source>Pause alerts for 1 hour</source>
        <translation>暂停提醒 1 小时</translation>
    </message>
    <message>
        <source>Pause alerts until tomorrow</source>
        <translation>暂停提醒至明天</translation>
    </message>
    <message>
        <source>Resume alerts</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Resume alerts (paused until {time})</source>
        <translation>恢复提醒（暂停至 {time}）</translation>
    </message>
    <message numerus="yes">
        <source>IPO Pipeline Watch — %n unread alert(s)</source>
        <translation>
            <numerusform>IPO Pipeline Watch — %n 条未读提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts paused until {moment}</source>
        <translation>提醒已暂停至 {moment}</translation>
    </message>
    <message>
        <source>Show alerts ({count})</source>
        <translation>显示提醒（{count}）</translation>
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
        <translation>未知格式 {format}：请使用 csv 或 json。</translation>
    </message>
</context>
<context>
    <name>WatchlistImport</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>HK code</source>
        <translation>港股代码</translation>
    </message>
    <message>
        <source>A-share code</source>
        <translation>A股代码</translation>
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
        <translation>发售价</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>%n fact(s)</source>
        <translation>%n 条资料</translation>
    </message>
    <message>
        <source>{count} to add</source>
        <translation>新增 {count} 项</translation>
    </message>
    <message>
        <source>{count} to update</source>
        <translation>更新 {count} 项</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} 项不变</translation>
    </message>
    <message>
        <source>{count} with problems</source>
        <translation>{count} 项有问题</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>At most {MAX_IMPORT_ROWS} companies per import.</source>
        <translation>每次最多导入 {MAX_IMPORT_ROWS} 家公司。</translation>
    </message>
    <message>
        <source>“{name}” is also on line {line}.</source>
        <translation>“{name}”也在第 {line} 行。</translation>
    </message>
    <message>
        <source>The file has %n problem(s); fix them and preview again. Nothing was imported.</source>
        <translation>文件有 %n 个问题；请修正后重新预览。未导入任何数据。</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” changed since the preview. Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：“{name}”在预览后已更改。未导入任何数据；请重新预览文件。</translation>
    </message>
    <message>
        <source>Line {line}: “{name}” was added to the watchlist since the preview. Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：“{name}”在预览后已加入关注列表。未导入任何数据；请重新预览文件。</translation>
    </message>
    <message>
        <source>No backup could be made before the import, so nothing was imported: {exc}</source>
        <translation>导入前未能备份，因此未导入任何数据：{exc}</translation>
    </message>
    <message>
        <source>Line {line}: {problems} Nothing was imported; preview the file again.</source>
        <translation>第 {line} 行：{problems} 未导入任何数据；请重新预览文件。</translation>
    </message>
</context>
<context>
    <name>WatchlistModel</name>
    <message>
        <source>%n day(s) in this stage, since {date}</source>
        <translation>处于此阶段 %n 天，自 {date} 起</translation>
    </message>
    <message>
        <source>Also known as: {aliases}</source>
        <translation>又名：{aliases}</translation>
    </message>
    <message>
        <source>%n suggested funding round(s) to accept or reject on the Funding tab</source>
        <translation>有 %n 个建议的融资轮次，可在“融资”标签页接受或拒绝</translation>
    </message>
</context>
<context>
    <name>WatchlistPane</name>
    <message>
        <source>Filter by name, alias, code or tag  (Ctrl+F)</source>
        <translation>按名称、别名、代码或标签筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Your watchlist is empty.

Add a company with File › Add company (Ctrl+N), or bring one in from the pipeline.</source>
        <translation>你的关注列表为空。

可通过“文件 › 添加公司”（Ctrl+N）添加公司，或从“上市进度”添加。</translation>
    </message>
    <message>
        <source>The watchlist could not be read: {reason}</source>
        <translation>无法读取关注列表：{reason}</translation>
    </message>
    <message>
        <source>No company matches “{text}”.

Try fewer words, an alias or a stock code, or add the company (Ctrl+N).</source>
        <translation>没有公司匹配“{text}”。

请尝试减少关键词、使用别名或股票代码，或添加这家公司（Ctrl+N）。</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n 家公司</numerusform>
        </translation>
    </message>
    <message>
        <source>{companies} · {listed} listed</source>
        <translation>{companies} · {listed} 家已上市</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
</TS>
