# -*- coding: utf-8 -*-
"""Story texts, families 6-7 (think-tank editorials, content farms).
All text written for this test collection; names, outlets and places are invented.
The content-farm texts are deliberately 'spun' (synonym-swapped) English."""

STORIES = []
S = STORIES.append

# ---------------------------------------------------------------- think-tank editorials
S(dict(
    n=28, slug="thinktank-halvorsen-short-term-borrowing", family="thinktank",
    title="Cities are borrowing for the short term and calling it a plan",
    site="Halvorsen Institute for Public Finance", domain="halvorseninstitute.example",
    path="/commentary/editorials/cities-borrowing-short-term",
    author="Elspeth Varga", date="2024-02-12", time="09:00:00", updated="2024-02-14",
    body=[
        "Across the region, city treasurers are facing the same arithmetic. Revenues have recovered from the pandemic years, but not as quickly as costs, and the gap is being filled with short-term borrowing that was meant to be temporary.",
        "The numbers are not hidden. In the twelve mid-sized cities we track, short-term notes now make up 18 percent of outstanding debt, up from 7 percent five years ago. Three cities have rolled over the same notes at least four times.",
        "There is nothing wrong with short-term borrowing as a bridge. It becomes a problem when the bridge has no far bank. Each rollover is priced at the rates of the day, and rates have not been kind.",
        ("h2", "What rating agencies see"),
        "Rating agencies have started to notice. Two of the cities in our sample were placed on negative outlook last year, and in both cases the agency pointed to reliance on short-term debt rather than to the overall level of borrowing.",
        "A downgrade is not a crisis, but it is expensive. For a city with 500 million of debt, a one-notch downgrade can add several million a year in interest once older bonds are refinanced.",
        "The views expressed by council members in budget debates suggest the issue is well understood. What is missing is the willingness to set out a timetable for paying notes down rather than rolling them over.",
        "We would propose three simple rules: publish a schedule for retiring each short-term note at the time it is issued; cap rollovers at two; and report short-term debt as a separate line in every budget summary, so that residents can see it.",
        "None of these rules would cost anything. They would simply make it harder to pretend that a temporary measure is a permanent solution.",
    ],
    inserts={-1: [("figure", "Bond papers on a treasurer’s desk.", "© Photo: Halvorsen Institute / Maren Oudekerk")]},
    opts=dict(tt_style="halvorsen", label="Editorial",
              disclaimer="The views expressed are the author’s own and do not necessarily reflect those of the Halvorsen Institute for Public Finance.",
              head_title="Cities are borrowing for the short term and calling it a plan - Editorial - Halvorsen Institute for Public Finance"),
    notes="Body paragraph 'The views expressed by council members…' resembles the disclaimer but is body.",
))

S(dict(
    n=29, slug="thinktank-coastal-port-halloran", family="thinktank",
    title="A bigger port needs a bigger plan for the town around it",
    site="Skerryvale Centre for Coastal Policy", domain="skerryvalecentre.example",
    path="/publications/editorial/bigger-port-bigger-plan",
    author="Leopold Achterhof", date="2023-05-30", time="10:00:00", updated="2023-06-02",
    body=[
        "The expansion of Port Halloran, approved last month, will double the port’s container capacity by 2030. It is the largest infrastructure project on this stretch of coast in half a century, and it has been sold, fairly, as a source of jobs.",
        "Less attention has been paid to what the expansion will ask of the town. The port’s own transport assessment expects lorry movements on the coast road to rise from about 1,900 a day to more than 4,000.",
        "That road runs through the middle of Halloran, past two primary schools and the town’s only secondary. It was not designed for the traffic it carries now.",
        "The planning consent requires the port to pay for a new junction and a lorry park. It does not require a bypass, and neither the regional government nor the port has committed the money to build one.",
        ("h2", "Three things to fix now"),
        ("ul", [
            "A binding target for the share of containers moved by rail, with penalties if it is missed.",
            "A timetable and funding plan for the bypass, agreed before the new berths open.",
            "A local hiring agreement, so that the jobs promised to the town go to people who live in it.",
        ]),
        "None of this is anti-port. Port Halloran has been the town’s biggest employer for a century, and its success matters to everyone here. But the benefits of growth will be felt along the quay, and the costs along the coast road.",
        "Getting that balance right is a job for the next eighteen months, not the next decade.",
    ],
    inserts={-1: [("figure", "Container cranes at Port Halloran.", "© Photo: Kirsten Ambrose-Lowe / SCCP")],
             3: [("pullquote", "The benefits of growth will be felt along the quay, and the costs along the coast road.", None)]},
    opts=dict(tt_style="coastal", label="Editorial",
              disclaimer="The views expressed in this editorial are those of the author and not necessarily those of the Skerryvale Centre for Coastal Policy, its trustees or its funders.",
              head_title="Editorial | A bigger port needs a bigger plan for the town around it | SCCP"),
))

S(dict(
    n=30, slug="thinktank-fairhaven-school-funding", family="thinktank",
    title="The school funding formula rewards the wrong kind of growth",
    site="Fairhaven Policy Forum", domain="fairhavenforum.example",
    path="/editorials/2025/school-funding-formula",
    author=None, date="2025-04-03", time="08:30:00", updated="2025-04-04",
    body=[
        "Every spring, school budgets across the province are set by a formula that few parents have heard of and fewer could explain. It was last rewritten in 2012, and it shows.",
        "The formula gives each school a base amount per pupil, with extra weighting for pupils from low-income families and for those who need additional language support. So far, so sensible.",
        "The trouble lies in the growth supplement. Schools whose rolls have risen over the past three years receive an extra payment to cover new classrooms and staff. Schools whose rolls have fallen receive nothing extra, even though many of their costs, such as heating, maintenance and a head teacher’s salary, do not fall with pupil numbers.",
        "The result is that small rural schools, where rolls are drifting down as families move to the cities, are squeezed from both sides. Our analysis of last year’s budgets found that 41 of the province’s 63 schools with fewer than 100 pupils set a deficit budget.",
        "This is not an argument for keeping every small school open whatever the cost. It is an argument for a formula that recognises fixed costs honestly.",
        "A modest change would do much of the work: a fixed lump sum for every school, regardless of size, funded by trimming the growth supplement. Several neighbouring provinces already do this.",
        "The education department has promised a review of the formula before the next election. It should publish its modelling, so that parents in small towns can see what the options would mean for their own schools.",
    ],
    inserts={},
    opts=dict(tt_style="fairhaven", label="Editorial",
              disclaimer="Editorials represent the view of the Forum’s editorial board. They do not necessarily reflect the views of individual fellows, trustees or donors.",
              byline_text="By the Editorial Board",
              head_title="The school funding formula rewards the wrong kind of growth"),
    notes="Unsigned editorial ('By the Editorial Board'), so author is null.",
))

S(dict(
    n=31, slug="thinktank-calloway-congestion-charge", family="thinktank",
    title="A congestion charge will only be fair if the buses come first",
    site="Calloway Institute for Cities", domain="callowayinstitute.example",
    path="/ideas/congestion-charge-buses-first",
    author="Oona Van Rensburg-Lee", date="2022-03-17", time="07:00:00", updated="2022-03-18",
    body=[
        "The city’s proposal for a central congestion charge has been presented as a transport policy. It is also, unavoidably, a tax, and like any tax it falls more heavily on some households than others.",
        "The plan would charge most private cars 9 a day to enter the central zone on weekdays between 7 a.m. and 7 p.m. The city expects traffic in the zone to fall by about a fifth and the charge to raise 60 million a year once collection costs are met.",
        "Who pays? Our analysis of the city’s own travel survey suggests that the households most likely to drive into the centre every day are not the wealthiest. They are shift workers and tradespeople living in the outer districts, where buses are infrequent and stop running early.",
        "A charge that prices these people out of their cars without giving them a realistic alternative will be resented, and it will deserve to be.",
        "The answer is sequencing. The city should spend the first two years of revenue, or borrow against it, to improve bus services to the outer districts before the charge starts, not after.",
        ("h2", "What first looks like"),
        ("ul", [
            "Buses every ten minutes on the six busiest radial routes, from 6 a.m. to midnight.",
            "Night buses on the same routes at weekends.",
            "A discount on the charge for tradespeople’s registered vans until the new services are running.",
        ]),
        "Done in that order, a congestion charge could be one of the most useful things the city has done in a generation. Done the other way round, it risks becoming the policy that sets back road pricing for another twenty years.",
    ],
    inserts={-1: [("figure", "Evening traffic on the inner ring road.", "© Photo: Calloway Institute")]},
    opts=dict(tt_style="calloway", label="Commentary",
              disclaimer="The views expressed are the author’s own and do not represent an institutional position of the Calloway Institute for Cities.",
              head_title="A congestion charge will only be fair if the buses come first | Calloway Institute for Cities"),
))

# ---------------------------------------------------------------- content farms
S(dict(
    n=32, slug="contentfarm-dailytrend-ostervik-bridge", family="content-farm",
    title="Major Bridge In Ostervik Shut For Repairs, Drivers Face Long Detour",
    site="Daily Trend News Now", domain="dailytrendnewsnow.example",
    path="/major-bridge-in-ostervik-shut-for-repairs-drivers-face-long-detour/",
    author=None, date="2023-11-08", time="04:12:09", updated=None,
    body=[
        "The Ostervik viaduct, one of the crucial busiest river crossings within the space, has been shut to all autos after engineers discovered cracks in one in every of its supporting beams, officers mentioned on Tuesday.",
        "The closure impacts round 38,000 automobiles a day, in line with the regional roads company. Drivers are being despatched on a diversion through the northern ring street, which provides as much as 25 minutes to journeys at peak occasions.",
        "“Security is our first precedence and we won’t reopen the bridge till we’re assured it’s protected,” stated roads company spokesperson Halina Vorster. “We perceive that is very irritating for drivers.”",
        "Engineers will spend the following two weeks finishing up an in depth survey of the construction. Solely then will the company be capable of say how lengthy repairs will take and the way a lot they may price.",
        "Native companies on either side of the river say they’re already feeling the affect. The proprietor of a café close to the southern finish of the bridge stated takings had fallen by half for the reason that closure.",
        "Pedestrians and cyclists can nonetheless use a walkway on the japanese facet of the bridge, which is supported individually.",
        "Public transport operators have added further buses on the routes that cross the river, and a brief ferry service between the 2 quays is being thought-about, the company stated.",
        "Motorists are being urged to test journey instances earlier than setting off and to keep away from the realm throughout the morning and night rush hours the place attainable.",
        "The bridge was inbuilt 1971 and final underwent main repairs in 2009.",
    ],
    inserts={},
    opts=dict(farm_style="tagdiv", byline_text="By newsdesk",
              source_href="https://nordkystavisen.example/ostervik-viaduct-closed-cracks",
              head_title="Major Bridge In Ostervik Shut For Repairs, Drivers Face Long Detour - Daily Trend News Now"),
    notes="Generic account byline ('newsdesk'), so author is null.",
))

S(dict(
    n=33, slug="contentfarm-worldheadlines-club-loss-triple", family="content-farm",
    title="Calderwick Athletic Reveals £3m Loss As Owner Warns Over Stadium Move",
    site="World Headlines 24", domain="worldheadlines24.example",
    path="/sports/calderwick-athletic-reveals-3m-loss-as-owner-warns-over-stadium-move/",
    author=None, date="2024-01-30", time="13:44:51", updated=None, repeats=3,
    body=[
        "Calderwick Athletic have reported a lack of £3.1 million for the final monetary yr, with the membership’s proprietor warning that the deliberate transfer to a brand new stadium might be delayed if losses proceed.",
        "The accounts, printed on Monday, present turnover of £11.4 million, up barely on the earlier yr, however wages and agent charges rose by greater than £2 million.",
        "Proprietor Viktor Hallamshire stated in a letter to supporters that he remained dedicated to the membership however couldn’t “preserve writing cheques with no finish in sight.”",
        "The membership has deliberate to go away its 90-year-old floor for a 15,000-seat stadium on the sting of city since 2019. Planning permission was granted final spring, however building has not began.",
        "Hallamshire, who purchased the membership in 2017, has lent it greater than £20 million since then, in keeping with the accounts, most of it transformed into shares. The membership completed ninth within the league final season and is presently fourth.",
        "Season ticket gross sales for this marketing campaign had been the very best in a decade, the accounts confirmed, and business revenue from sponsorship and promoting rose by 9 p.c.",
        "Supporters’ teams stated they had been involved by the tone of the letter. “We’ve heard guarantees in regards to the new floor for 5 years,” stated one fan consultant. “We simply need the membership to be trustworthy about the place the cash is coming from.”",
        "The membership stated it was in talks with two potential traders and anticipated to present an replace earlier than the tip of the season.",
    ],
    inserts={},
    opts=dict(farm_style="jnews", byline_text="By Editor",
              source_href="https://calderwickevening.example/sport/athletic-accounts-loss-stadium",
              head_title="Calderwick Athletic Reveals £3m Loss As Owner Warns Over Stadium Move | World Headlines 24"),
    notes="Broken template: the whole article body appears three times in visible markup (main content, a 'tdb' block and a fallback entry-content block). Gold lists it once with repeats=3.",
))

S(dict(
    n=34, slug="contentfarm-topnewshub-wheat-drought", family="content-farm",
    title="Wheat Farmers Count Cost Of Driest Spring In 50 Years",
    site="Top News Hub Live", domain="topnewshub-live.example",
    path="/2022/07/25/wheat-farmers-count-cost-of-driest-spring-in-50-years/",
    author="Nadia Sorensen-Achebe", date="2022-07-25", time="02:03:44", updated=None,
    body=[
        "Wheat farmers across the southern plains are bracing for one of the smallest harvests in decades after the driest spring since 1972 left crops stunted and thin.",
        "Early estimates from the agriculture ministry suggest yields could be 30 to 40 percent below the five-year average in the worst-hit districts, where less than a quarter of normal rainfall fell between March and May.",
        "“Some fields won’t be worth the diesel to harvest,” said grower Anselm Tregarthen, who farms 600 hectares near Dunmere. “We’ll cut what we can and graze the rest.”",
        "The ministry has opened applications for emergency payments to farmers who lose more than half of their expected crop. Payments will be based on insured yields, which some smaller farmers say leaves them out because they could not afford insurance.",
        "Grain traders expect prices to rise, though imports from other regions should limit the effect on bread prices in shops, according to analysts at the national grain board.",
        "Livestock farmers are also feeling the effects, with hay and silage prices rising sharply as grass growth stalled in May and June. In Dunmere, the district council has set up a hardship fund and is allowing farmers to defer business rate payments until the spring.",
        "Irrigated farms in the river valleys have fared better, but water allocations there have also been cut, and growers are choosing which fields to water and which to abandon.",
        "Farm advisers are urging growers to keep records of their losses now, including photographs, to support any later claim.",
    ],
    inserts={},
    opts=dict(farm_style="generic", byline_text="By admin", scraped_byline="By Nadia Sorensen-Achebe, Agriculture Correspondent",
              source_href="https://plainsfarmerweekly.example/news/wheat-driest-spring",
              canonical=False,
              head_title="Wheat Farmers Count Cost Of Driest Spring In 50 Years - Top News Hub Live"),
    notes="The site's own byline is 'admin'; the reporter's name survives only as a scraped byline line inside the content ('By Nadia Sorensen-Achebe, Agriculture Correspondent'), which is furniture. Gold author takes the scraped name because it is the only person credited. No canonical link.",
))

S(dict(
    n=35, slug="contentfarm-newsportal-metro-fares", family="content-farm",
    title="Metro Fares To Rise 12% From September, Authority Confirms",
    site="News Portal Express", domain="newsportalexpress.example",
    path="/metro-fares-to-rise-12-from-september-authority-confirms/",
    author=None, date=None, time=None, updated=None,
    body=[
        "Fares on the Westmark metro will rise by 12 percent on average from 1 September, the transport authority confirmed on Friday, the largest increase in more than a decade.",
        "A single journey in the central zone will go up from 2.50 to 2.80, while a monthly pass will rise from 86 to 96. Discounted fares for students and pensioners will increase by a smaller amount, about 5 percent.",
        "The authority said the rise was needed to cover higher electricity costs and a new pay deal for drivers, which added about 40 million to its annual budget.",
        "Passenger groups criticised the timing. “People are already struggling with food and energy bills,” said Cressida Vantongeren of the Westmark Commuters’ Association. “This will push some of them back into their cars.”",
        "The authority pointed out that fares had been frozen for three years and said they would still be lower in real terms than in 2019.",
        "The authority also confirmed that daily caps for contactless payment, which limit how much a rider is charged in a single day, will rise in line with the new fares. Westmark’s metro carried 214 million passengers last year, close to its level before the pandemic.",
        "Advertising on trains and stations, which brought in around 18 million last year, will also be expanded, including digital screens on platforms, the authority said.",
        "Riders who buy an annual pass before 31 August will pay the current price for the full year, the authority said, and it expects a rush of sales in the coming weeks.",
        "The board will review fares again next spring.",
    ],
    inserts={1: [("readalso", "Westmark Taxi Drivers Protest Over New Licence Fees", "/westmark-taxi-drivers-protest-over-new-licence-fees/")],
             4: [("readalso", "10 Cheapest Cities In Europe To Visit This Autumn", "/10-cheapest-cities-in-europe-to-visit-this-autumn/")]},
    opts=dict(farm_style="autoblog", byline_text=None,
              source_href="https://westmarkcourier.example/city/metro-fares-rise-september",
              canonical=False,
              head_title="Metro Fares To Rise 12% From September, Authority Confirms - News Portal Express - Latest News, Breaking News"),
    notes="No author, no date anywhere (only 'Posted 2 days ago'). Auto-aggregation disclaimer at the foot. 'Advertising on trains…' paragraph is body.",
))
