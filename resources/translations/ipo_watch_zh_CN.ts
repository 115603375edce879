<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>check the document: stabilisation ended {ended}, but 30 days after applications closed ({closed}) is {expected}</source>
        <translation>请核对文件：稳定价格期于 {ended} 结束，但认购截止（{closed}）后第 30 天为 {expected}</translation>
    </message>
    <message>
        <source>check the document: a {months}-month lock-up from listing on {listing} ends {expected}, the document prints {printed}</source>
        <translation>请核对文件：自上市日 {listing} 起 {months} 个月的禁售期应于 {expected} 届满，文件所载为 {printed}</translation>
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
        <source>check the document: the entry fee {fee} (page {page}) is not board lot {lot} × {price} × 1.010085 = {expected}</source>
        <translation>请核对文件：入场费 {fee}（第 {page} 页）不等于每手 {lot} 股 × {price} × 1.010085 = {expected}</translation>
    </message>
    <message>
        <source>check the document: none of the expected labels was found</source>
        <translation>请核对文件：未找到任何预期的标签</translation>
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
        <translation>请核对文件：英文版与中文版{document}的“{fact}”不一致（{values}）</translation>
    </message>
</context>
<context>
    <name>OfferDocuments</name>
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
        <source> ({shares} shares)</source>
        <translation>（{shares} 股）</translation>
    </message>
    <message>
        <source>; stabilisation ended {date}</source>
        <translation>；稳定价格期已于 {date} 结束</translation>
    </message>
    <message>
        <source>listed as {document}, but its headings say it is not one</source>
        <translation>披露易将其列为{document}，但文件标题显示并非此类文件</translation>
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
    <message>
        <source>the PDF has {pages} pages, more than the {most} this app reads</source>
        <translation>此 PDF 共 {pages} 页，超过本程序可读取的 {most} 页</translation>
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
        <translation>{name} 将于 {hours} 小时后认购截止，截止时间为香港时间 {time}（券商会提前截止）</translation>
    </message>
    <message>
        <source>; entry fee {fee}</source>
        <translation>；入场费 {fee}</translation>
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
        <source>Lock-up of {shares} shares of {group} in {name} ends {date}</source>
        <translation>{name}{group}所持 {shares} 股的禁售期于 {date} 届满</translation>
    </message>
    <message>
        <source>Lock-up of {group} in {name} ends {date}</source>
        <translation>{name}{group}的禁售期于 {date} 届满</translation>
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
        <source>{shown} entries; {problems} documents to check.</source>
        <translation>{shown} 项；{problems} 份文件待核对。</translation>
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
        <source>Open an offer document</source>
        <translation>打开招股文件</translation>
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
        <translation>打开文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Read an HKEX offer document (PDF) and show what it says</source>
        <translation>读取港交所招股文件（PDF）并显示其内容</translation>
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
        <source>The team database at {where} refused the password for {user}. Enter it again in Preferences › Team database (it is kept in the system keyring), or set PGPASSWORD or ~/.pgpass.</source>
        <translation>位于 {where} 的团队数据库拒绝了 {user} 的密码。请在“设置 › 团队数据库”中重新输入（密码保存在系统密钥环中），或设置 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The team database at {where} asks for a password for {user}, and none was found (PGPASSWORD, ~/.pgpass or the system keyring).</source>
        <translation>位于 {where} 的团队数据库要求 {user} 的密码，但未找到（PGPASSWORD、~/.pgpass 或系统密钥环）。</translation>
    </message>
    <message>
        <source>The server {where} has no database named {name}. The team admin creates it with: CREATE DATABASE {name} OWNER {user};</source>
        <translation>服务器 {where} 没有名为 {name} 的数据库。团队管理员可用以下命令创建：CREATE DATABASE {name} OWNER {user};</translation>
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
        <source>this user</source>
        <translation>此用户</translation>
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
        <source>The connection to the team database was lost: {exc}</source>
        <translation>与团队数据库的连接已断开：{exc}</translation>
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
        <source> Copied {companies} companies and {events} events, every count checked.</source>
        <translation>已复制 {companies} 家公司和 {events} 个事件，每项数量均已核对。</translation>
    </message>
    <message>
        <source>This desktop uses {account} from its next start.{copied}</source>
        <translation>这台计算机将在下次启动时使用 {account}。{copied}</translation>
    </message>
    <message>
        <source>Copying this desktop&apos;s data…</source>
        <translation>正在复制这台计算机的数据…</translation>
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
</TS>
