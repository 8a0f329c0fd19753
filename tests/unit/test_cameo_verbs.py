"""Trigger verbs taken as complete classes from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT
licence, Open Event Data Alliance; round twelve, experiments/cameo12/cameo_audit.py): each verb group
found in a plain news sentence that uses it as the dictionary's pattern does, and left alone in a
near miss (the verb's other sense, or its object no measure)."""

import pytest

from tests.unit.test_policy import signals


@pytest.mark.parametrize("text, expected", [
    # 161 break relations (without "off")
    ("China broke diplomatic relations with Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China will break ties with Japan, the foreign ministry said.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 160 the CANCEL and REVOKE blocks: call off, rescind, annul
    ("China called off talks with Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China rescinded Japan's trade privileges on Tuesday.", ("CHN", "JPN", "TRADE", "CONFRONTATIONAL")),
    ("China annulled the fishing agreement with Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 160/162 the PROHIBIT and EXCLUDE blocks with their objects
    ("China prohibited exports of rare earths to Japan on Tuesday.", ("CHN", "JPN", "TRADE", "CONFRONTATIONAL")),
    ("China embargoed oil shipments to Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 13x threaten: reserve the right, caution against, give an ultimatum
    ("China reserved the right to respond to Japan's move.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China cautioned Japan against further provocations on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China gave Japan an ultimatum on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 081/085 ease sanctions: relax, loosen (cooperative, as "ease")
    ("China relaxed sanctions on Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China loosened restrictions on Japanese imports on Tuesday.", ("CHN", "JPN", "TRADE", "COOPERATIVE")),
    # 07x aid got there, 071 debt forgiven
    ("China airlifted aid to Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China rushed relief supplies to Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China forgave Japan's debt on Tuesday.", ("CHN", "JPN", "ECONOMY", "COOPERATIVE")),
    ("China wrote off $2 billion of Japan's debt on Tuesday.", ("CHN", "JPN", "ECONOMY", "COOPERATIVE")),
    # 033 voice readiness
    ("China voiced readiness to expand cooperation with Japan.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    # 075 grant asylum: against the state the person fled (no rule for foreigners inside)
    ("China granted political asylum to three Japanese dissidents on Tuesday.",
     ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 10x the DEMAND block (press, push, exhort) and PRESSURE: a demand on another party to act
    ("China is pressing Japan to release the fishermen.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("The European Union pressed China on Thursday to rebalance a trade relationship.",
     ("EU", "CHN", "TRADE", "CONFRONTATIONAL")),
    # 103 demand compensation
    ("China sought compensation from Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 071 money lent, 060 support lent, 030 assurances given (the GRANT block)
    ("China lent Pakistan $2 billion on Tuesday.", ("CHN", "PAK", "DIPLOMACY", "COOPERATIVE")),
    ("Saudi Arabia will lend Egypt another $5 billion, the finance ministry said.",
     ("SAU", "EGY", "DIPLOMACY", "COOPERATIVE")),
    ("China lent its full support to Pakistan on Tuesday.", ("CHN", "PAK", "DIPLOMACY", "COOPERATIVE")),
    ("China gave Japan assurances that it would not use force.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    # 12x rebuff, spurn, dismiss a proposal or an offer
    ("China dismissed the Japanese peace proposal on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China spurned Washington's overtures on Tuesday.", ("CHN", "USA", "DIPLOMACY", "CONFRONTATIONAL")),
    # 08x accede (the SUBMIT block)
    ("Japan acceded to China's demands on Tuesday.", ("JPN", "CHN", "DIPLOMACY", "COOPERATIVE")),
    # 030 the PROMISE block: assure of support, guarantee security
    ("The United States assured Ukraine of continued military assistance.", ("USA", "UKR", "SECURITY", "COOPERATIVE")),
    ("Russia guaranteed Armenia's security, the Kremlin said.", ("RUS", "ARM", "SECURITY", "COOPERATIVE")),
    # 057 endorse an agreement; 174 order out of the country
    ("China endorsed the agreement with Japan on Tuesday.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China ordered three Japanese diplomats out of the country on Tuesday.",
     ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 0842 return property, artwork, remains
    ("North Korea returned the remains of 55 American soldiers to the United States on Tuesday.",
     ("PRK", "USA", "DIPLOMACY", "COOPERATIVE")),
    # second pass, natural sentences --------------------------------------------------------------------
    # 164 halt negotiations: "broke off talks", "walked out of the negotiations"
    ("Japan broke off talks with China on Tuesday.", ("JPN", "CHN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China broke off military contacts with the United States.", ("CHN", "USA", "SECURITY", "CONFRONTATIONAL")),
    ("The Japanese delegation walked out of the talks with China on Tuesday.",
     ("JPN", "CHN", "DIPLOMACY", "CONFRONTATIONAL")),
    # 087 lift / ease a blockade or a siege; 085 release funds: unfreeze assets
    ("Russia lifted the blockade of Ukraine's Black Sea ports.", ("RUS", "UKR", "DIPLOMACY", "COOPERATIVE")),
    ("Israel eased the blockade of Gaza on Tuesday.", ("ISR", "PSE", "DIPLOMACY", "COOPERATIVE")),
    ("The United States unfroze Iranian assets on Tuesday.", ("USA", "IRN", "DIPLOMACY", "COOPERATIVE")),
    ("The United States released frozen Afghan funds on Tuesday.", ("USA", "AFG", "DIPLOMACY", "COOPERATIVE")),
    # 087 pull troops back / out (as "withdrew its troops from", the existing trigger's stance)
    ("Russia pulled its troops back from the border with Ukraine.", ("RUS", "UKR", "SECURITY", "CONFRONTATIONAL")),
    ("Russia will pull its troops out of Armenia.", ("RUS", "ARM", "SECURITY", "CONFRONTATIONAL")),
    # 086 allow international involvement: inspectors or monitors let in
    ("Russia allowed IAEA inspectors into the Zaporizhzhia plant.", ("RUS", "IAEA", "DIPLOMACY", "COOPERATIVE")),
    ("Iran will let IAEA inspectors back in, the foreign ministry said.", ("IRN", "IAEA", "DIPLOMACY", "COOPERATIVE")),
    # 07x aid got there, as news writes it: vaccines or a relief team sent, troops contributed to a mission
    ("China sent 500,000 vaccine doses to Pakistan on Tuesday.", ("CHN", "PAK", "DIPLOMACY", "COOPERATIVE")),
    ("India dispatched a relief team to Turkey.", ("IND", "TUR", "DIPLOMACY", "COOPERATIVE")),
    ("Japan contributed troops to the UN peacekeeping mission in South Sudan.", ("JPN", "UN", "SECURITY", "COOPERATIVE")),
    # 131/138 a measure weighed: considering an embargo, weighing aid cuts, hinting at retaliation
    ("China is considering an embargo on Japanese seafood.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    ("Japan is weighing cuts in aid to Myanmar.", ("JPN", "MMR", "DIPLOMACY", "CONFRONTATIONAL")),
    ("China hinted at retaliation against Japan.", ("CHN", "JPN", "DIPLOMACY", "CONFRONTATIONAL")),
    # (a measure eased is weighed too, and stays cooperative)
    ("The United States is considering lifting sanctions on Venezuela.", ("USA", "VEN", "DIPLOMACY", "COOPERATIVE")),
    # 162 aid withheld, held up or delayed
    ("Japan withheld aid to Myanmar after the coup.", ("JPN", "MMR", "DIPLOMACY", "CONFRONTATIONAL")),
    ("The United States held up military aid to Ukraine.", ("USA", "UKR", "SECURITY", "CONFRONTATIONAL")),
    ("Germany delayed weapons deliveries to Israel.", ("DEU", "ISR", "SECURITY", "CONFRONTATIONAL")),
    # 071 a loan granted; 061 a market opened
    ("China granted Pakistan a $2 billion loan.", ("CHN", "PAK", "ECONOMY", "COOPERATIVE")),
    ("China reopened its market to Australian wine.", ("CHN", "AUS", "DIPLOMACY", "COOPERATIVE")),
    # 030/036 intent to cooperate: hopes to improve relations, looks forward to working with
    ("China hopes to improve relations with Japan.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China expressed hope for better relations with Japan.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
    ("China looks forward to working with Japan.", ("CHN", "JPN", "DIPLOMACY", "COOPERATIVE")),
])
def test_a_cameo_verb_of_policy_is_a_signal(extractor, text, expected):
    assert signals(extractor, text) == {expected}


@pytest.mark.parametrize("text", [
    "China broke ground on a new embassy in Japan on Tuesday.",
    # a trip called off is no measure
    "Malaysian Prime Minister Anwar Ibrahim calls off a planned two-day trip to Jakarta to oversee flood relief.",
    "Japan's government called off a planned visit by Prime Minister Shigeru Ishiba to China.",
    "China reserved its position on Japan's proposal on Tuesday.",
    "Analysts urged caution against reading too much into Japan's move.",
    "China relaxed its stance on Japanese tourism at the forum, officials said.",
    "China shipped its first batch of electric cars to Japan on Tuesday.",
    "China said on Tuesday it forgave Japan for the remarks.",
    "China's foreign ministry voiced concern about Japan's defence budget on Tuesday.",
    "Beijing prohibited fireworks in the city centre on Tuesday.",
    "Chinese President Xi Jinping returned to Beijing on Tuesday.",
    "China returned fire on Tuesday.",
    "The court granted bail to a Japanese businessman on Tuesday.",
    "Japanese reporters pressed the Chinese spokesman for answers.",
    "China pushed ahead with its plans for a new airport.",
    "Chinese President Xi Jinping told a press conference for foreign media that the talks went well.",
    "Peer pressure to conform is strong in Japan.",
    "The Japanese victims claimed damages from the company in a Tokyo court.",
    "The bank lent $2 billion to farmers in Japan.",
    "The company loaned 30 paintings to a Tokyo museum.",
    "China dismissed the reports as groundless.",
    "China dismissed its defence minister on Tuesday.",
    "China dismissed calls for an inquiry into the outbreak.",
    "Chinese President Xi Jinping acceded to the throne.",
    "The company assured customers of its commitment to quality.",
    "The constitution guarantees freedom of speech in Japan.",
    "China said the deal would guarantee jobs for Japanese workers.",
    "The party endorsed its candidate for mayor.",
    "Police ordered the protesters out of the square.",
    # asylum rules for foreigners inside the country stay domestic
    "Japan will tighten its rules for granting asylum, the justice ministry said on Tuesday.",
    # second pass: a meeting left is no halt of negotiations; a thing broken off is no talks
    "Japan's prime minister walked out of the meeting with the Chinese premier.",
    "China broke off a piece of the ice shelf.",
    "Police lifted the siege of the building after the gunman surrendered.",
    "The central bank unfroze the accounts of 300 companies.",
    "The coach pulled his players out of the tournament.",
    "Russia pulled its troops closer to the border with Ukraine.",
    "The company allowed independent inspectors into its factory.",
    "The hospital sent medicine to a rural clinic.",
    "China sent 200 rescuers to the quake zone in Sichuan.",
    "Economists are weighing the tariffs' impact on Japan.",
    "The storm held up aid deliveries to the island.",
    "The bank granted the company a $2 billion loan.",
    "The company opened its market to new customers in Japan.",
    "Fans hope for a better result against Japan.",
    "The company looks forward to working with Japanese partners.",
])
def test_a_cameo_verb_in_another_sense_is_no_signal(extractor, text):
    assert signals(extractor, text) == set()


def calls(extractor, text, published="2025-06-11"):
    from tests.support import events_of_type
    return {(tuple(e.call.participants), e.call.mode)
            for e in events_of_type(extractor, text, "DIPLOMATIC_CALL", published)}


@pytest.mark.parametrize("text, expected", [
    # 040 consult: of unstated medium, as "conferred with"
    ("Wang Yi consulted with Japanese Foreign Minister Takeshi Iwaya on Tuesday.", (("CHN", "JPN"), "PHONE")),
    # 046 huddle with: a meeting
    ("Xi Jinping huddled with Japanese Prime Minister Shigeru Ishiba on Tuesday.", (("CHN", "JPN"), "MEETING")),
    # 042 send a delegation: a visit
    ("China sent a delegation to Japan for talks on Tuesday.", (("CHN", "JPN"), "VISIT")),
    # second pass, natural sentences: 041 "called his counterpart", 040 "briefed his counterpart"; 046 "entered
    # negotiations"
    ("Chinese Foreign Minister Wang Yi called his Japanese counterpart on Tuesday.", (("CHN", "JPN"), "PHONE")),
    ("Chinese Foreign Minister Wang Yi briefed his Japanese counterpart on the talks.", (("CHN", "JPN"), "PHONE")),
    ("Japan and South Korea entered negotiations on a fishery agreement.", (("JPN", "KOR"), "MEETING")),
    # 042 "set off for", "led a delegation / mission to"
    ("U.S. Secretary of State Antony Blinken set off for Beijing on Tuesday.", (("CHN", "USA"), "VISIT")),
    ("Chinese Vice Premier He Lifeng led a high-level trade mission to Japan on Tuesday.", (("CHN", "JPN"), "VISIT")),
])
def test_a_cameo_verb_of_consultation_is_a_call(extractor, text, expected):
    assert calls(extractor, text) == {expected}


@pytest.mark.parametrize("text", [
    "Japan's prime minister consulted with his cabinet on Tuesday.",
    "Japan consulted with experts on the plan.",
    "Players huddled with their coach on Tuesday.",
    "China sent a message to Japan on Tuesday.",
    "Chinese Foreign Minister Wang Yi called his Japanese counterpart's remarks irresponsible.",
    "Japan's prime minister briefed his cabinet on the talks.",
    "Japan and China entered the final round of the tournament.",
    "The mayor of Osaka led a business delegation to China.",
])
def test_a_cameo_verb_of_consultation_within_one_side_is_no_call(extractor, text):
    assert calls(extractor, text) == set()
