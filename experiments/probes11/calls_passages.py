"""Round eleven probe passages for DIPLOMATIC_CALL across sentences (written before reading any errors).

Each entry: (form, text, expected) where expected is a list of (participants, mode) the extractor should find,
published 2025-06-11 (a Wednesday). Run: PYTHONPATH=$PWD python experiments/probes11/calls_passages.py
"""
P = [
 # --- the call stated across sentences: leaders in the lead, the contact in the next sentence
 ("two leaders met", "Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva pledged on Tuesday to deepen trade ties. The two leaders met in Beijing for more than three hours.",
  [("BRA,CHN", "VISIT")]),
 ("two leaders held talks", "French President Emmanuel Macron welcomed Indian Prime Minister Narendra Modi to Paris on Monday. The two leaders held talks on defence cooperation and signed a roadmap on jet engines.",
  [("FRA,IND", "VISIT")]),
 ("they spoke", "U.S. President Donald Trump and Russian President Vladimir Putin discussed a possible ceasefire in Ukraine on Tuesday. They spoke for more than two hours, the Kremlin said.",
  [("RUS,USA", "PHONE")]),
 ("the talks, after visit", "German Chancellor Friedrich Merz arrived in Washington on Thursday. The talks with President Donald Trump at the White House focused on trade and Ukraine.",
  [("DEU,USA", "VISIT")]),
 ("the meeting lasted", "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan on Tuesday. The meeting lasted nearly an hour, Indian officials said.",
  [("CHN,IND", "MEETING")]),
 ("the two sides", "Japan's foreign minister Takeshi Iwaya hosted his South Korean counterpart Cho Tae-yul in Tokyo on Monday. The two sides agreed to resume shuttle diplomacy.",
  [("JPN,KOR", "VISIT")]),
 ("the two ministers discussed", "Foreign Minister Sergei Lavrov received Iranian Foreign Minister Abbas Araghchi in Moscow on Friday. The two ministers discussed the nuclear talks with the United States.",
  [("IRN,RUS", "VISIT")]),
 ("lead names, second sentence phone", "Ukrainian President Volodymyr Zelenskyy thanked British Prime Minister Keir Starmer for new air defence systems. The two leaders spoke by phone on Tuesday, Zelenskyy's office said.",
  [("GBR,UKR", "PHONE")]),
 # --- the venue or date in another sentence
 ("venue in next sentence", "Turkish President Recep Tayyip Erdogan met Syrian interim President Ahmed al-Sharaa on Saturday. The meeting took place in Istanbul's Dolmabahce Palace.",
  [("SYR,TUR", "VISIT")]),
 ("date in lead, contact next", "Saudi Crown Prince Mohammed bin Salman received U.S. Secretary of State Marco Rubio in Riyadh on Monday. They discussed the war in Gaza and regional security.",
  [("SAU,USA", "VISIT")]),
 # --- participants as capitals, ministries, delegations, envoys
 ("capitals hold talks", "Washington and Beijing held a new round of trade talks in London on Monday. The negotiations are expected to continue on Tuesday.",
  [("CHN,USA", "MEETING")]),
 ("capitals: Moscow and Kyiv delegations", "Delegations from Moscow and Kyiv met in Istanbul on Monday for a second round of direct talks.",
  [("RUS,UKR", "MEETING")]),
 ("ministry reports a call", "Russia's foreign ministry said Lavrov spoke by phone with U.S. Secretary of State Marco Rubio on Saturday.",
  [("RUS,USA", "PHONE")]),
 ("envoy visit", "U.S. special envoy Steve Witkoff met Russian President Vladimir Putin in St Petersburg on Friday. Witkoff later flew to Oman.",
  [("RUS,USA", "VISIT")]),
 ("delegation arrives", "A Chinese delegation led by Vice Premier He Lifeng arrived in Geneva on Saturday for talks with U.S. Treasury Secretary Scott Bessent.",
  [("CHN,USA", "MEETING")]),
 ("his counterpart", "Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart Wang Yi in Beijing on Monday.",
  [("CHN,IND", "VISIT")]),
 ("his counterpart no name", "Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart in Amman on Sunday.",
  [("EGY,JOR", "VISIT")]),
 ("counterpart in next sentence", "Secretary of State Marco Rubio arrived in Kuala Lumpur on Thursday. He met his Chinese counterpart Wang Yi on the sidelines of an ASEAN meeting.",
  [("CHN,USA", "MEETING"), ("ASEAN,CHN,USA", "SUMMIT"), ("MYS,USA", "VISIT")]),
 # --- summits and their members
 ("summit with members listed next", "NATO leaders gathered in The Hague on Tuesday for a two-day summit. Among them were U.S. President Donald Trump, Turkish President Recep Tayyip Erdogan and German Chancellor Friedrich Merz.",
  [("DEU,NATO,TUR,USA", "SUMMIT")]),
 ("G7 opened, leader attended", "The Group of Seven summit opened in Kananaskis, Canada, on Sunday. Indian Prime Minister Narendra Modi attended as a guest.",
  [("CAN,G7,IND", "SUMMIT")]),
 ("hosted summit", "Egypt hosted an Arab League summit in Cairo on Tuesday on the reconstruction of Gaza.",
  [("ARAB_LEAGUE,EGY", "SUMMIT")]),
 ("summit trilateral", "The leaders of Japan, South Korea and China met in Tokyo on Monday for their first trilateral summit in five years.",
  [("CHN,JPN,KOR", "SUMMIT")]),
 # --- a visit whose host is only the place
 ("visit to capital", "Brazilian President Luiz Inacio Lula da Silva arrived in Tokyo on Tuesday for a state visit.",
  [("BRA,JPN", "VISIT")]),
 ("visit, host place only, met officials", "Pakistan's army chief visited Beijing on Wednesday and held talks with senior Chinese officials.",
  [("CHN,PAK", "VISIT")]),
 ("visit to country, second sentence he met", "South African President Cyril Ramaphosa began a three-day visit to Indonesia on Monday. He met President Prabowo Subianto at the presidential palace in Jakarta.",
  [("IDN,ZAF", "VISIT")]),
 ("visit: in <capital> X told", "Visiting Kyiv on Monday, German Foreign Minister Johann Wadephul pledged more air defence for Ukraine.",
  [("DEU,UKR", "VISIT")]),
 ("during a visit to", "During a visit to Hanoi on Tuesday, Japanese Prime Minister Shigeru Ishiba and Vietnamese Prime Minister Pham Minh Chinh agreed to expand security cooperation.",
  [("JPN,VNM", "VISIT")]),
 # --- multilateral meetings
 ("foreign ministers meeting", "Foreign ministers of Saudi Arabia, Qatar, Egypt and Jordan met in Riyadh on Saturday to discuss Gaza.",
  [("EGY,JOR,QAT,SAU", "SUMMIT")]),
 ("quartet talks", "Officials from the United States, Egypt and Qatar met with an Israeli delegation in Doha on Monday.",
  [("EGY,ISR,QAT,USA", "SUMMIT")]),
 # --- key errors: one too many
 ("purpose clause", "Chinese Foreign Minister Wang Yi met Pakistani Foreign Minister Ishaq Dar in Beijing on Monday to discuss tensions with India.",
  [("CHN,PAK", "VISIT")]),
 ("appositive", "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani, a key mediator between Israel and Hamas, met U.S. envoy Steve Witkoff in Doha on Sunday.",
  [("QAT,USA", "VISIT")]),
 ("host city third", "Iranian Foreign Minister Abbas Araghchi and U.S. envoy Steve Witkoff held a fifth round of talks in Rome on Friday.",
  [("IRN,USA", "MEETING")]),
 ("host city third + mediator named", "Iranian and U.S. negotiators held talks in Muscat on Saturday, mediated by Oman's foreign minister.",
  [("IRN,OMN,USA", "SUMMIT")]),
 ("topic state after with", "Macron spoke with Trump on Tuesday about Russia's war in Ukraine.",
  [("FRA,USA", "PHONE")]),
 # --- one too few
 ("one too few: counterpart", "Greek Prime Minister Kyriakos Mitsotakis hosted his Turkish counterpart in Athens on Monday.",
  [("GRC,TUR", "VISIT")]),
 ("one too few: pronoun their", "Kenyan President William Ruto travelled to Beijing this week. On Thursday he held talks with Chinese President Xi Jinping.",
  [("CHN,KEN", "VISIT")]),
 ("one too few: ministry", "The Chinese foreign ministry said Wang Yi held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo on Saturday.",
  [("CHN,JPN", "VISIT")]),
 # --- 'the visit', 'the summit' referenced later: should not create extra events
 ("reference only", "Indonesian President Prabowo Subianto visited Moscow on Thursday. The visit followed his trip to China in April.",
  [("IDN,RUS", "VISIT")]),
 # --- wire lead with attribution then quote
 ("lead then quote", "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on Tuesday. \"We had a productive discussion,\" Albanese told reporters after the talks.",
  [("AUS,CHN", "VISIT")]),
 # --- state visit hosting with place + name
 ("host welcomes to capital", "President Ferdinand Marcos Jr. welcomed Japanese Prime Minister Shigeru Ishiba to Manila on Tuesday.",
  [("JPN,PHL", "VISIT")]),
 ("king received", "Jordan's King Abdullah received Palestinian President Mahmoud Abbas in Amman on Sunday.",
  [("JOR,PSE", "VISIT")]),
 # --- phone calls in passive/noun forms
 ("noun: a phone conversation", "In a phone conversation on Monday, Erdogan and Putin discussed the Black Sea grain corridor.",
  [("RUS,TUR", "PHONE")]),
 ("call initiated by", "The call, initiated by the Iranian side, was the first between Iranian President Masoud Pezeshkian and French President Emmanuel Macron in months.",
  [("FRA,IRN", "PHONE")]),
 ("video conference", "Chinese President Xi Jinping held a video call with Russian President Vladimir Putin on Tuesday.",
  [("CHN,RUS", "PHONE")]),
 # --- near misses (no call)
 ("no: talks walked away", "Iran said on Monday it would not attend talks with the United States planned for Sunday.",
  []),
 ("no: met with criticism", "The plan, announced by Israel on Monday, was met with criticism from Egypt and Jordan.",
  []),
 ("no: background", "Putin and Trump last met in Helsinki in 2018. Trump said on Tuesday he would speak with Putin soon.",
  []),
 ("no: analyst", "Analysts said a meeting between Xi and Trump could take place later this year.",
  []),

 # --- batch two (still before reading errors)
 ("summit: leaders named then 'at the summit'", "Leaders of the BRICS group met in Rio de Janeiro on Sunday. Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi were among those at the summit.",
  [("BRICS,CHN,IND", "SUMMIT")]),
 ("summit: attended by", "The summit of the Shanghai Cooperation Organisation in Tianjin on Monday was attended by Russian President Vladimir Putin and Indian Prime Minister Narendra Modi.",
  [("IND,RUS,SCO", "SUMMIT")]),
 ("summit: host leader hosted", "Malaysian Prime Minister Anwar Ibrahim hosted the ASEAN summit in Kuala Lumpur on Monday.",
  [("ASEAN,MYS", "SUMMIT")]),
 ("two presidents at next sentence", "Kenya's President William Ruto arrived in Beijing on Wednesday. The two presidents, Ruto and Xi Jinping, are expected to sign several agreements on Thursday.",
  [("CHN,KEN", "VISIT")]),
 ("talks between delegations", "Talks between Indian and Pakistani military officials took place on Monday, the Indian army said.",
  [("IND,PAK", "MEETING")]),
 ("the envoy met", "Russia's ambassador to the United States met Deputy Secretary of State Christopher Landau in Washington on Monday.",
  [("RUS,USA", "MEETING")]),
 ("minister's trip second sentence", "Britain's Foreign Secretary David Lammy is in Beijing on a two-day trip. On Wednesday he met Chinese Vice President Han Zheng.",
  [("CHN,GBR", "VISIT")]),
 ("summoned", "Algeria summoned France's ambassador on Monday over the expulsion of diplomats.",
  [("DZA,FRA", "MEETING")]),
 ("host only place, arrived + talks noun", "Indian Prime Minister Narendra Modi arrived in Cyprus on Sunday. Talks with President Nikos Christodoulides are set for Monday.",
  [("CYP,IND", "VISIT")]),
 ("'X and his counterpart'", "Chinese Defence Minister Dong Jun and his U.S. counterpart Pete Hegseth held a video call on Tuesday.",
  [("CHN,USA", "PHONE")]),
 ("phone: 'In a call with'", "In a call with Saudi Crown Prince Mohammed bin Salman on Monday, Iranian President Masoud Pezeshkian discussed regional tensions.",
  [("IRN,SAU", "PHONE")]),
 ("trilateral phone", "The leaders of France, Germany and Britain held a call with U.S. President Donald Trump on Sunday.",
  [("FRA,USA", "PHONE"), ("DEU,USA", "PHONE"), ("GBR,USA", "PHONE")]),
 ("organisation head visit", "NATO Secretary General Mark Rutte visited Ankara on Monday and met President Recep Tayyip Erdogan.",
  [("NATO,TUR", "VISIT")]),
 ("EU leaders meeting China", "EU leaders met Chinese President Xi Jinping in Beijing on Thursday for a summit marking 50 years of ties.",
  [("CHN,EU", "SUMMIT")]),
 ("mediator: talks hosted by", "Armenian and Azerbaijani foreign ministers held talks in Abu Dhabi on Monday, hosted by the United Arab Emirates.",
  [("ARE,ARM,AZE", "SUMMIT")]),
 ("no: legislators", "A delegation of U.S. senators met Taiwanese President Lai Ching-te in Taipei on Monday.",
  []),
 ("no: denial", "The Kremlin denied on Monday that Putin had spoken with Trump.",
  []),
 ("no: will meet no date", "Xi said he would meet Trump at some point.",
  []),
 ("planned with date", "Trump will meet Putin in Alaska on Friday, the White House said on Monday.",
  [("RUS,USA", "MEETING")]),
 ("planned visit next week", "Japanese Prime Minister Shigeru Ishiba will visit Washington next week for talks with Trump, his office said.",
  [("JPN,USA", "VISIT")]),

 # --- batch three: long-story wire forms (before reading errors)
 ("is in capital on a visit", "British Foreign Secretary David Lammy is in Beijing on a two-day visit.", [("CHN,GBR", "VISIT")]),
 ("began a state visit", "Indonesian President Prabowo Subianto began a state visit to India on Saturday.", [("IDN,IND", "VISIT")]),
 ("wrapped up a visit", "Chinese Premier Li Qiang wrapped up a three-day visit to Australia on Wednesday.", [("AUS,CHN", "VISIT")]),
 ("fronted venue", "In Beijing, Chinese President Xi Jinping met Vietnamese leader To Lam on Tuesday.", [("CHN,VNM", "VISIT")]),
 ("at the Kremlin", "Putin held talks with Indonesian President Prabowo Subianto at the Kremlin on Thursday.", [("IDN,RUS", "VISIT")]),
 ("at the White House", "Trump hosted Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.", [("ISR,USA", "VISIT")]),
 ("Mar-a-Lago", "Trump hosted Japanese Prime Minister Shigeru Ishiba at his Mar-a-Lago resort in Florida on Saturday.", [("JPN,USA", "VISIT")]),
 ("UNGA sidelines", "Erdogan and Trump met on the sidelines of the U.N. General Assembly in New York on Tuesday.", [("TUR,USA", "MEETING"), ("TUR,UN,USA", "SUMMIT")]),
 ("told in a phone call", "Zelenskyy told Macron in a phone call on Monday that Ukraine needed more air defence.", [("FRA,UKR", "PHONE")]),
 ("speaking after talks in", "Speaking after talks with Chinese Premier Li Qiang in Beijing on Tuesday, Albanese said trade was back on track.", [("AUS,CHN", "VISIT")]),
 ("talks between ended in", "Talks between Armenia and Azerbaijan ended in Washington on Friday without a peace deal.", [("ARM,AZE", "MEETING")]),
 ("X's visit to noun phrase", "The Japanese prime minister's visit to Washington comes as Tokyo seeks relief from U.S. tariffs.", [("JPN,USA", "VISIT")]),
 ("landed in", "Secretary of State Marco Rubio landed in Israel on Sunday.", [("ISR,USA", "VISIT")]),
 ("received a call from", "Putin received a call from Macron on Monday, the Kremlin said.", [("FRA,RUS", "PHONE")]),
 ("hosted a delegation from", "Chinese Vice Premier He Lifeng hosted a delegation from the United States in Beijing on Monday.", [("CHN,USA", "VISIT")]),
 ("met the visiting", "Modi met the visiting Australian foreign minister on Monday.", [("AUS,IND", "VISIT")]),
 ("the visiting X met", "The visiting Indian prime minister met Japanese Prime Minister Shigeru Ishiba on Friday.", [("IND,JPN", "VISIT")]),
 ("officials from both countries met", "Relations between India and China have improved. Officials from both countries met in New Delhi on Monday.", [("CHN,IND", "VISIT")]),
 ("delegation is in", "A senior U.S. delegation is in Caracas for talks with Venezuelan President Nicolas Maduro.", [("USA,VEN", "VISIT")]),
 ("will travel next week", "Chinese Foreign Minister Wang Yi will travel to India next week, the foreign ministry said on Monday.", [("CHN,IND", "VISIT")]),
 ("expected in", "Brazilian President Lula is expected in Beijing on Thursday for talks with Xi Jinping.", [("BRA,CHN", "VISIT")]),
 ("two-day visit ended", "Modi's two-day visit to Japan ended on Saturday.", [("IND,JPN", "VISIT")]),
 ("three-nation tour", "Chinese Foreign Minister Wang Yi wrapped up a tour of Egypt, Tunisia and Algeria on Monday.", [("CHN,EGY", "VISIT"), ("CHN,TUN", "VISIT"), ("CHN,DZA", "VISIT")]),
 ("EU ministers met in", "Foreign ministers of the European Union met in Luxembourg on Monday.", [("EU,LUX", "SUMMIT")]),
 ("met in Washington", "Ukrainian President Volodymyr Zelenskyy met Trump in Washington on Monday.", [("UKR,USA", "VISIT")]),
 ("fail to reach agreement at venue", "Representatives of Britain and France failed to reach an agreement with Iran in Geneva on Friday.", [("FRA,GBR,IRN", "SUMMIT")]),
 ("talks ended without", "Two days of talks between U.S. and Chinese officials in London ended on Wednesday without a deal.", [("CHN,USA", "MEETING")]),
 ("met, the ministry said", "Wang Yi met Russian Foreign Minister Sergei Lavrov in Kuala Lumpur on Thursday, China's foreign ministry said.", [("CHN,RUS", "MEETING")]),
 ("second sentence 'the talks' with date", "Israeli and Hamas negotiators are in Doha. The talks, mediated by Qatar and Egypt, began on Sunday.", [("EGY,ISR,QAT", "SUMMIT")]),
 ("pm held talks with his counterpart in capital", "Pakistan's prime minister held talks with his Turkish counterpart in Ankara on Monday.", [("PAK,TUR", "VISIT")]),
]

if __name__ == "__main__":
    import sys
    from pipeline.extract.extractor import EventExtractor
    from tests.support import make_article
    ex = EventExtractor.load()
    bad = 0
    for form, text, expected in P:
        found = [m.event for m in ex.extract(make_article(text, "2025-06-11")) if m.event.event_type == "DIPLOMATIC_CALL"]
        got = sorted((",".join(sorted(e.call.participants)), e.call.mode) for e in found)
        want = sorted(expected)
        ok_keys = sorted(g[0] for g in got) == sorted(w[0] for w in want)
        mark = "OK " if got == want else ("KEY" if ok_keys else "BAD")
        if mark != "OK ":
            bad += mark == "BAD"
        if mark != "OK " or "-v" in sys.argv:
            print(f"{mark} [{form}] got={got} want={want}")
    print(f"{len(P)} passages, {bad} with wrong keys")
