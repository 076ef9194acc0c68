"""Small word lists for recognising mentions without a statistical tagger.

spaCy's models are not available to this project, so people, places and organisations are found
by capitalisation plus these lists. They are deliberately short and general (news about politics
and conflicts): recall comes from patterns ("X region", "Ministry of X", "President X"), the
lists disambiguate.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.split("|") if w.strip())


PLACES = _words(
    """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|
    Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|
    Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|
    China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
    Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|
    Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|
    Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|
    Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|
    Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mexico|Moldova|Monaco|
    Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|New Zealand|
    Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|
    Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
    Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|
    South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|
    Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|
    United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|
    Northern Ireland|United States|United States of America|U.S.|US|USA|America|Uruguay|
    Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Gaza|West Bank|Crimea|Donbas|Donbass|
    Europe|Asia|Africa|Latin America|Middle East|Korean Peninsula|Balkans|Caucasus|Arctic|
    Kabul|Tirana|Algiers|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Minsk|
    Brussels|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|
    Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Bogota|Havana|Nicosia|Prague|Copenhagen|Cairo|
    Tallinn|Addis Ababa|Helsinki|Paris|Berlin|Munich|Frankfurt|Hamburg|Accra|Athens|Budapest|
    Reykjavik|New Delhi|Delhi|Mumbai|Jakarta|Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Milan|
    Tokyo|Osaka|Amman|Astana|Nairobi|Pristina|Riga|Beirut|Tripoli|Vilnius|Kuala Lumpur|
    Mexico City|Chisinau|Ulaanbaatar|Rabat|Kathmandu|Amsterdam|The Hague|Wellington|Abuja|Lagos|
    Pyongyang|Oslo|Islamabad|Karachi|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|St Petersburg|
    St. Petersburg|Riyadh|Belgrade|Seoul|Busan|Madrid|Barcelona|Stockholm|Geneva|Zurich|Bern|
    Damascus|Aleppo|Taipei|Bangkok|Ankara|Istanbul|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Mariupol|
    Bakhmut|Zaporizhzhia|Kherson|Donetsk|Luhansk|Abu Dhabi|Dubai|London|Manchester|Edinburgh|
    Washington|New York|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Francisco|Boston|
    Seattle|Miami|Atlanta|Dallas|Detroit|Baltimore|Denver|Las Vegas|New Orleans|Caracas|Hanoi|
    Ho Chi Minh City|Harare|Kursk|Belgorod|Bryansk|Vladivostok|Crimea|Sevastopol|Minneapolis|
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
    Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|
    Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|
    North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
    South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming
    """
)

# Head words that make a capitalised phrase an organisation ("Ministry of Defence", "ISW").
ORG_HEADS = _words(
    """
    Department|Ministry|Institute|Agency|Council|Committee|Commission|Party|University|College|
    Bank|Corporation|Corp|Company|Co|Inc|Ltd|LLC|Group|Association|Organisation|Organization|Office|
    Service|Services|Court|Army|Navy|Air Force|Senate|Congress|Parliament|Assembly|Foundation|
    Fund|Union|Federation|Post|Times|News|Journal|Guardian|Tribune|Herald|Network|Center|Centre|
    Bureau|Administration|Authority|Board|Forces|Police|Guard|Command|Coalition|Alliance|Front|
    Movement|Society|Academy|Institution|Media|Press|Agencies|Cabinet|Kremlin|Pentagon|Chamber|
    Secretariat|Directorate|Intelligence|Reserve|Trust|Times|Campaign|Project|Watch|Lab|Labs|
    Studies|Research|Tank|Church|Hospital|School|Club|League|Airlines|Motors|Systems|Holdings
    """
)

# Head words above that are also common surnames: after a known given name or with a middle
# initial the run is a person ("Emily Post", "Frank Church", "Margaret Court").
SURNAME_HEADS = _words("Post|Church|Court")

ORGANISATIONS = _words(
    """
    NATO|UN|U.N.|EU|E.U.|WHO|IMF|OECD|OPEC|ASEAN|ISW|FBI|CIA|NSA|DHS|DOJ|DoD|IAEA|ICC|ICJ|OSCE|
    UNICEF|UNHCR|WTO|G7|G20|BRICS|Kremlin|White House|Pentagon|State Department|Reuters|
    Associated Press|AP|AFP|BBC|CNN|Fox News|MSNBC|NBC|ABC|CBS|NPR|Bloomberg|Yonhap|TASS|
    RIA Novosti|Interfax|KCNA|Tass|Hamas|Hezbollah|Taliban|ISIS|ISIL|Islamic State|Wagner|
    Google|Facebook|Meta|Twitter|Amazon|Apple|Microsoft|Tesla|Congress|Senate|Supreme Court|
    Democrats|Republicans|GOP|European Union|United Nations|World Bank|Red Cross|Amnesty International|
    Human Rights Watch|Gazprom|Rosneft|Samsung|Hyundai|Politico|Breitbart|Axios|Newsweek|
    Wells Fargo|Goldman Sachs|Morgan Stanley|Merrill Lynch|Lehman Brothers|Charles Schwab|
    JPMorgan Chase|Bank of America|Citigroup|Dow Jones|Fannie Mae|Freddie Mac|Sallie Mae|
    Berkshire Hathaway|Bain Capital|Credit Suisse|Deutsche Bank|Lockheed Martin|Exxon Mobil|
    ExxonMobil|General Motors|General Electric|General Dynamics|General Mills|Ford Motor|
    Boeing|Walmart|Wal-Mart|Planned Parenthood|Black Lives Matter|Judicial Watch|Media Matters|
    Zero Hedge|Koch Industries|Americans for Prosperity|Heritage Foundation|Brookings
    """
)

# Organisations above (and a few more) by what an article later calls them: "Wells Fargo ... the
# bank said", "Boeing ... the company said".
BANKS = _words(
    """
    Wells Fargo|Goldman Sachs|Morgan Stanley|Merrill Lynch|Lehman Brothers|Charles Schwab|
    JPMorgan|JPMorgan Chase|JP Morgan|Bank of America|Citigroup|Citibank|Citi|Credit Suisse|
    Deutsche Bank|Barclays|HSBC|Lloyds|NatWest|Santander|BNP Paribas|UBS|Nomura|Mizuho|
    Commerzbank|Societe Generale|Capital One|PNC|Truist|Sberbank|VTB
    """
)
COMPANIES = _words(
    """
    Google|Alphabet|Facebook|Meta|Twitter|Amazon|Apple|Microsoft|Tesla|Gazprom|Rosneft|Samsung|
    Hyundai|Boeing|Airbus|Walmart|Wal-Mart|Lockheed Martin|Exxon Mobil|ExxonMobil|Chevron|
    General Motors|General Electric|General Dynamics|General Mills|Ford Motor|Ford|Toyota|
    Volkswagen|Nvidia|Intel|IBM|Oracle|Netflix|Uber|Pfizer|Moderna|Johnson & Johnson|
    Koch Industries|Berkshire Hathaway|Bain Capital|Fannie Mae|Freddie Mac|Sallie Mae|BP|Shell
    """
)

# Capitalised names of programmes, laws and the like: not people, and not organisations as a
# mention, but a body stands behind each when it is quoted as a source ("Pell Grants").
THINGS = _words(
    """
    Pell Grant|Pell Grants|Social Security|Medicare|Medicaid|Obamacare|Affordable Care Act|
    Food Stamps|Wall Street|Main Street|Capitol Hill|Silicon Valley|Dodd-Frank|Glass-Steagall
    """
)

# Last words that make an untitled capitalised run a thing or a body, not a person: what a
# company, programme, law, event or show is called after ("Patriot Coal", "Pell Grants",
# "Voter Registration Act", "Laura Ingraham Show"). Plurals are kept as plurals: "Grant" is a
# surname, "Grants" is not. Words that are also common surnames (Law, Steel, Street) are left out.
THING_HEADS = _words(
    """
    Act|Acts|Amendment|Treaty|Accord|Accords|Agreement|Doctrine|Plan|Program|Programme|
    Initiative|Grants|Stamps|Bonds|Debates|Debate|Convention|Summit|Games|Olympics|Awards|
    Prize|Cup|Series|Show|Hour|Matters|Lives|Rights|Warriors|Veterans|Mall|Energy|Coal|Oil|
    Gas|Capital|Partners|Brothers|Securities|Industries|Airlines|Airways|Motors|Systems|
    Holdings|Technologies|Sciences|Communications|Resources|Foods|Stores|Pictures|Studios|
    Records|Entertainment|Insurance|Financial|Electric|Pharmaceuticals|Healthcare|Solutions|
    Ventures|Investments|Markets|Exchange|Hedge|Magazine|Daily|Gazette|Report|Review|Monitor|
    Affairs|Corps|Circuit|Mining|Music|Museum|Medal|Charter|Politics|Policy|Investigations|
    Progress|Today|Week|Change
    """
)

# Words before a name that make it a person ("President Yoon", "Deputy Foreign Minister Rudenko").
TITLES = _words(
    """
    President|Vice President|Prime Minister|Minister|Deputy|Foreign|Defence|Defense|Secretary|
    Chancellor|Senator|Sen.|Sens.|Representative|Rep.|Governor|Gov.|Mayor|General|Gen.|Lt.|Col.|
    Colonel|Major|Maj.|Captain|Capt.|Admiral|Adm.|Sergeant|Sgt.|Commander|Chief|Director|Judge|
    Justice|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Leader|leader|King|Queen|Prince|
    Princess|Pope|Sheikh|Mr.|Mrs.|Ms.|Dr.|Prof.|Professor|Rev.|Speaker|Chairman|Chairwoman|Chair|
    CEO|Premier|Senior|Supreme|Acting|Former|former|First|Lady|Attorney|Press|State|Interior|
    Finance|Trade|Health|Education|Energy|Economy|Commissioner|Marshal|Officer|Inspector|Detective|
    candidate|nominee|spokesman|spokeswoman|spokesperson|minister|president|senator|governor|
    analyst|official|envoy|ambassador|general|commander|chief|director|host|anchor|adviser|advisor|
    Executive|executive|officer
    """
)

# Adjectives of nationality that often precede a title ("Russian President Vladimir Putin").
DEMONYMS = _words(
    """
    American|Russian|Ukrainian|Chinese|British|French|German|Italian|Spanish|Japanese|Korean|
    North Korean|South Korean|Iranian|Iraqi|Israeli|Palestinian|Syrian|Turkish|Indian|Pakistani|
    Afghan|Saudi|Egyptian|Canadian|Mexican|Brazilian|Polish|Belarusian|Georgian|Vietnamese|
    European|Western|U.S.|US|UK|U.K.|EU|Democratic|Republican|Australian|Dutch|Swedish|Finnish
    """
)

FIRST_NAMES = _words(
    """
    Aaron|Adam|Alan|Albert|Alex|Alexander|Alexei|Alexey|Ali|Alice|Amy|Andrew|Andrey|Andrei|Angela|
    Ann|Anna|Anne|Anthony|Antony|Barack|Ben|Benjamin|Bernie|Beto|Bill|Bob|Boris|Brian|Carl|Carlos|
    Carly|Catherine|Charles|Chris|Christopher|Chuck|Dan|Daniel|David|Dmitry|Dmitri|Donald|Ed|
    Edward|Elizabeth|Emily|Emmanuel|Eric|Frank|Fred|Gary|George|Hillary|Hunter|Ivan|Jack|James|
    Jane|Janet|Jared|Jason|Jeb|Jeff|Jennifer|Jim|Joe|John|Jon|Joseph|Josh|Julia|Kamala|Karen|
    Kate|Kevin|Kim|Kirill|Lee|Lindsey|Lisa|Marco|Maria|Marie|Mark|Martin|Mary|Matt|Matthew|
    Melania|Michael|Michelle|Mike|Mitch|Mitt|Nancy|Nick|Nicholas|Nikki|Olaf|Oleksandr|Olena|
    Paul|Peter|Rand|Richard|Rick|Robert|Ron|Ruth|Sarah|Scott|Sergei|Sergey|Sam|Steve|Steven|
    Susan|Ted|Thomas|Tim|Tom|Valery|Viktor|Vladimir|Volodymyr|William|Xi|Yoon|Yulia|Yuri|
    Abigail|Adrian|Alicia|Allison|Amanda|Andrea|Anita|Arthur|Ashley|Barbara|Beatrice|Betty|
    Beverly|Bradley|Brenda|Brett|Bruce|Bryan|Carol|Caroline|Cheryl|Christina|Christine|Claire|
    Colin|Craig|Cynthia|Dana|Darren|Deborah|Debra|Denise|Dennis|Derek|Diana|Diane|Donna|Doris|
    Dorothy|Douglas|Edith|Eileen|Elaine|Eleanor|Ellen|Emma|Evelyn|Fiona|Frances|Gail|Gavin|
    Gerald|Gillian|Gloria|Gordon|Gregory|Harold|Harriet|Harry|Heather|Helen|Henry|Howard|Irene|
    Isabel|Jacqueline|Jeffrey|Jeremy|Jessica|Jill|Joan|Joanna|Joyce|Judith|Judy|Julie|Justin|
    Karl|Katherine|Kathleen|Kathryn|Keith|Kenneth|Kimberly|Larry|Laura|Lauren|Leonard|Linda|
    Lori|Louise|Lucy|Margaret|Marilyn|Martha|Megan|Melissa|Nathan|Neil|Nicole|Nora|Oliver|
    Pamela|Patricia|Patrick|Pauline|Peggy|Philip|Phillip|Rachel|Ralph|Raymond|Rebecca|Roger|
    Ronald|Roy|Russell|Samuel|Sandra|Sean|Sharon|Sheila|Shirley|Simon|Sophie|Stanley|
    Stephanie|Stephen|Stuart|Sylvia|Tanya|Teresa|Theresa|Timothy|Tina|Todd|Tracy|Valerie|
    Vanessa|Victor|Walter|Wayne|Wendy|Yvonne|Zoe
    """
)
