#!/usr/bin/env python3
"""Build gazetteers/armed_groups.tsv and gazetteers/armed_group_aliases.tsv.

The records and aliases below are curated by hand (Arabic press usage). Only the
`designations` column is derived: each record names the UN Security Council list
references and the OFAC SDN entity numbers that list it (under its name or an
alias), and this script looks them up in the seed files of
`shared/data-sources/` (see that folder's README):

* `UN:<ref>`  when the ref exists in `armed_groups.tsv` (UN SC Consolidated List,
  copy generated 2025-04-19);
* `US-FTO` / `US-SDGT` when the OFAC entity's `programs` cell in
  `us_ofac_terror_entities.tsv` (OFAC SDN copy of early 2023) contains `FTO` /
  `SDGT`.

A ref or entity number missing from the sources is an error, so no designation
can be typed in without its source. The script then validates both files
(headers, column counts, ids, parents, predecessors, ISO codes, categories,
forms, flags, cues, alias uniqueness after normalization) and writes them.

Usage:
    python3 tools/build_armed_groups.py [--sources ../shared/data-sources] [--check]

`--check` validates and compares with the files on disk without writing.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RECORD_HEADER = ["id", "name_ar", "name_en", "category", "countries", "parent",
                 "predecessors", "designations", "wikidata", "source"]
ALIAS_HEADER = ["id", "alias", "form", "flags", "cues", "source"]
CATEGORIES = {"jihadist", "insurgent", "militia", "state_force", "private_military",
              "separatist", "armed_wing", "coalition"}
FORMS = {"name", "short_name", "acronym", "self_designation", "label"}
FLAGS = {"ambiguous", "article", "literal", "pejorative", "historical"}

# ---------------------------------------------------------------------------
# Records: id;name_ar;name_en;category;countries;parent;predecessors;un_refs;ofac_ids;wikidata
# un_refs / ofac_ids: `|`-separated; the designations are derived from them.
# A comment after each block says why an OFAC/UN entry matches when it is
# through an alias rather than the entity's main name.
# ---------------------------------------------------------------------------
RECORDS = r"""
# --- Islamic State and its provinces --------------------------------------
jamaat-al-tawhid-wal-jihad;جماعة التوحيد والجهاد;Jama'at al-Tawhid wal-Jihad;jihadist;IQ;;;QDe.115;8759;
al-qaeda-in-iraq;تنظيم القاعدة في بلاد الرافدين;Al-Qaeda in Iraq;jihadist;IQ;;jamaat-al-tawhid-wal-jihad;QDe.115;8759;
islamic-state-of-iraq;دولة العراق الإسلامية;Islamic State of Iraq;jihadist;IQ;;al-qaeda-in-iraq;QDe.115;8759;
islamic-state;تنظيم الدولة الإسلامية;Islamic State;jihadist;IQ|SY;;islamic-state-of-iraq;QDe.115;8759;Q2429253
islamic-state-khorasan;ولاية خراسان;Islamic State Khorasan Province;jihadist;AF|PK;islamic-state;;QDe.161;18647;
ansar-bait-al-maqdis;أنصار بيت المقدس;Ansar Bait al-Maqdis;jihadist;EG;;;;16763;
islamic-state-sinai;ولاية سيناء;Islamic State Sinai Province;jihadist;EG;islamic-state;ansar-bait-al-maqdis;;16763;
iswap;ولاية غرب أفريقيا;Islamic State West Africa Province;jihadist;NG|NE|TD|CM;islamic-state;;QDe.162;23845;
islamic-state-sahel;ولاية الساحل;Islamic State Sahel Province (Islamic State in the Greater Sahara);jihadist;ML|NE|BF;islamic-state;;QDe.163;24546;
islamic-state-somalia;ولاية الصومال;Islamic State Somalia Province;jihadist;SO;islamic-state;;;23848;
islamic-state-libya;تنظيم الدولة الإسلامية في ليبيا;Islamic State in Libya;jihadist;LY;islamic-state;;QDe.165;19890;
islamic-state-yemen;تنظيم الدولة الإسلامية في اليمن;Islamic State in Yemen;jihadist;YE;islamic-state;;QDe.166;19892;
islamic-state-central-africa;ولاية وسط أفريقيا;Islamic State Central Africa Province;jihadist;CD|UG;islamic-state;;;16696;
islamic-state-mozambique;ولاية موزمبيق;Islamic State Mozambique Province;jihadist;MZ;islamic-state;;;31372;
islamic-state-east-asia;ولاية شرق آسيا;Islamic State East Asia Province;jihadist;PH|ID;islamic-state;;QDe.169;23844;
islamic-state-caucasus;ولاية القوقاز;Islamic State Caucasus Province;jihadist;RU;islamic-state;;;18636;
jund-al-khilafah-algeria;جند الخلافة في أرض الجزائر;Jund al-Khilafah in Algeria;jihadist;DZ;;;QDe.151;18644;
jund-al-khilafah-tunisia;جند الخلافة في تونس;Jund al-Khilafah in Tunisia;jihadist;TN;;;QDe.167;23863;
jamaah-ansharut-daulah;جماعة أنصار الدولة;Jamaah Ansharut Daulah;jihadist;ID;;;QDe.164;21405;
# --- al-Qaeda and affiliates -------------------------------------------------
al-qaeda;تنظيم القاعدة;al-Qaeda;jihadist;AF|PK;;;QDe.004;6366;Q34490
aqap;تنظيم القاعدة في جزيرة العرب;Al-Qaeda in the Arabian Peninsula;jihadist;YE;al-qaeda;;QDe.129;11695;
gspc;الجماعة السلفية للدعوة والقتال;Salafist Group for Preaching and Combat;jihadist;DZ;;;QDe.014;6897;
aqim;تنظيم القاعدة في بلاد المغرب الإسلامي;Al-Qaeda in the Islamic Maghreb;jihadist;DZ|ML|NE|MR|TN|LY;al-qaeda;gspc;QDe.014;6897;
uqba-ibn-nafi-battalion;كتيبة عقبة بن نافع;Uqba ibn Nafi Battalion;jihadist;TN;aqim;;;;
aqis;تنظيم القاعدة في شبه القارة الهندية;Al-Qaeda in the Indian Subcontinent;jihadist;AF|PK|IN|BD;al-qaeda;;;20159;
al-shabaab;حركة الشباب المجاهدين;al-Shabaab;jihadist;SO|KE;al-qaeda;;SOe.001;10761;
ansar-dine;جماعة أنصار الدين;Ansar Dine;jihadist;ML;;;QDe.135;15852;
mujao;حركة التوحيد والجهاد في غرب أفريقيا;Movement for Unity and Jihad in West Africa (MUJAO);jihadist;ML|DZ;;;QDe.134;15609;
al-mulathamun;كتيبة الملثمون;al-Mulathamun Battalion;jihadist;ML|NE|DZ;;;QDe.140;16446;
al-muwaqqiun-biddam;الموقعون بالدم;Those Who Sign in Blood;jihadist;ML|DZ;;;QDe.139;16446;
al-mourabitoun;جماعة المرابطون;al-Mourabitoun;jihadist;ML|NE;;al-mulathamun|mujao;QDe.141;16446;
macina-liberation-front;جبهة تحرير ماسينا;Macina Liberation Front;jihadist;ML;jnim;;;;
jnim;جماعة نصرة الإسلام والمسلمين;Jama'at Nusrat al-Islam wal-Muslimin (JNIM);jihadist;ML|BF|NE;al-qaeda;ansar-dine|al-mourabitoun|macina-liberation-front;QDe.159;24879;
nusra-front;جبهة النصرة;al-Nusra Front;jihadist;SY;;;QDe.137;16937;
jabhat-fateh-al-sham;جبهة فتح الشام;Jabhat Fateh al-Sham;jihadist;SY;;nusra-front@2016-07-28;QDe.137;16937;
hayat-tahrir-al-sham;هيئة تحرير الشام;Hay'at Tahrir al-Sham;jihadist;SY;;jabhat-fateh-al-sham@2017-01-28;QDe.137;16937;
hurras-al-din;تنظيم حراس الدين;Hurras al-Din;jihadist;SY;al-qaeda;;;27318;
jund-al-aqsa;جند الأقصى;Jund al-Aqsa;jihadist;SY;;;QDe.156;20620;
turkistan-islamic-party;الحزب الإسلامي التركستاني;Turkistan Islamic Party;jihadist;SY|AF|CN;;;QDe.088;7262;
harakat-sham-al-islam;حركة شام الإسلام;Harakat Sham al-Islam;jihadist;SY;;;QDe.149;17299;
jaysh-al-muhajireen-wal-ansar;جيش المهاجرين والأنصار;Jaysh al-Muhajireen wal-Ansar;jihadist;SY;;;QDe.148;17289;
katibat-imam-al-bukhari;كتيبة الإمام البخاري;Katibat al-Imam al-Bukhari;jihadist;SY|AF;;;QDe.158;23965;
katibat-al-tawhid-wal-jihad;كتيبة التوحيد والجهاد;Katibat al-Tawhid wal-Jihad;jihadist;SY;;;QDe.168;35335;
liwa-shuhada-al-yarmouk;لواء شهداء اليرموك;Liwa Shuhada al-Yarmouk;jihadist;SY;;;QDe.155;20010;
jaysh-khalid-ibn-al-walid;جيش خالد بن الوليد;Jaysh Khalid ibn al-Walid;jihadist;SY;islamic-state;liwa-shuhada-al-yarmouk;QDe.155;20010;
ansar-al-islam;جماعة أنصار الإسلام;Ansar al-Islam;jihadist;IQ;;;QDe.098;7472;
asbat-al-ansar;عصبة الأنصار;Asbat al-Ansar;jihadist;LB;;;QDe.007;6896;
fatah-al-islam;فتح الإسلام;Fatah al-Islam;jihadist;LB;;;;10463;
abdullah-azzam-brigades;كتائب عبد الله عزام;Abdullah Azzam Brigades;jihadist;LB;;;QDe.144;13168;
egyptian-islamic-jihad;الجهاد الإسلامي المصري;Egyptian Islamic Jihad;jihadist;EG;;;QDe.003;6366;
gamaa-islamiyya;الجماعة الإسلامية;al-Gama'a al-Islamiyya (Egypt);jihadist;EG;;;;4694;
armed-islamic-group;الجماعة الإسلامية المسلحة;Armed Islamic Group (GIA);jihadist;DZ;;;QDe.006;4690;
islamic-salvation-army;الجيش الإسلامي للإنقاذ;Islamic Salvation Army;insurgent;DZ;;;;;
houmat-daawa-salafia;حماة الدعوة السلفية;Houmat ed-Daawa es-Salafia;jihadist;DZ;;;;8085;
libyan-islamic-fighting-group;الجماعة الإسلامية المقاتلة الليبية;Libyan Islamic Fighting Group;jihadist;LY;;;QDe.011;6898;
moroccan-islamic-combatant-group;الجماعة الإسلامية المغربية المقاتلة;Moroccan Islamic Combatant Group;jihadist;MA;;;QDe.089;7324;
tunisian-combatant-group;الجماعة التونسية المقاتلة;Tunisian Combatant Group;jihadist;TN;;;QDe.090;7268;
ansar-al-sharia-tunisia;أنصار الشريعة في تونس;Ansar al-Sharia in Tunisia;jihadist;TN;;;QDe.143;16477;
ansar-al-sharia-benghazi;أنصار الشريعة في بنغازي;Ansar al-Sharia in Benghazi;jihadist;LY;;;QDe.146;16475;
ansar-al-sharia-derna;أنصار الشريعة في درنة;Ansar al-Sharia in Derna;jihadist;LY;;;QDe.145;16476;
benghazi-revolutionaries-shura-council;مجلس شورى ثوار بنغازي;Benghazi Revolutionaries Shura Council;coalition;LY;;;;;
derna-mujahideen-shura-council;مجلس شورى مجاهدي درنة;Mujahideen Shura Council of Derna;coalition;LY;;;;;
boko-haram;بوكو حرام;Boko Haram;jihadist;NG|NE|TD|CM;;;QDe.138;16363;
ansaru;جماعة أنصار المسلمين في بلاد السودان;Ansaru;jihadist;NG;;;QDe.142;16364;
al-itihaad-al-islamiya;الاتحاد الإسلامي;al-Itihaad al-Islamiya;jihadist;SO;;;QDe.002;6899;
islamic-army-of-aden;جيش عدن أبين الإسلامي;Aden-Abyan Islamic Army;jihadist;YE;;;QDe.009;6900;
muhammad-jamal-network;شبكة محمد جمال;Muhammad Jamal Network;jihadist;EG;;;QDe.136;16278;
ajnad-misr;أجناد مصر;Ajnad Misr;jihadist;EG;;;;17567;
hasm;حركة سواعد مصر;Harakat Sawa'id Misr (HASM);insurgent;EG;;;;23628;
liwa-al-thawra;لواء الثورة;Liwa al-Thawra;insurgent;EG;;;;23630;
mujahideen-shura-council-jerusalem;مجلس شورى المجاهدين في أكناف بيت المقدس;Mujahideen Shura Council in the Environs of Jerusalem;jihadist;PS|EG;;;;17187;
caucasus-emirate;إمارة القوقاز;Caucasus Emirate;jihadist;RU;;;QDe.131;12756;
islamic-movement-of-uzbekistan;الحركة الإسلامية في أوزبكستان;Islamic Movement of Uzbekistan;jihadist;UZ|AF|PK;;;QDe.010;6725;
# --- South and South-East Asia ---------------------------------------------
taliban;حركة طالبان;Taliban;insurgent;AF;;;;6636;
haqqani-network;شبكة حقاني;Haqqani Network;jihadist;AF|PK;taliban;;TAe.012;15484;
ttp;حركة طالبان باكستان;Tehrik-i-Taliban Pakistan;jihadist;PK;;;QDe.132;12206;
jamaat-ul-ahrar;جماعة الأحرار;Jamaat-ul-Ahrar;jihadist;PK;;;QDe.152;20360;
lashkar-e-taiba;عسكر طيبة;Lashkar-e-Taiba;jihadist;PK|IN;;;QDe.118;7140;
jaish-e-mohammed;جيش محمد;Jaish-e-Mohammed;jihadist;PK|IN;;;QDe.019;6935;
lashkar-e-jhangvi;لشكر جهنكوي;Lashkar-e-Jhangvi;jihadist;PK;;;QDe.096;7331;
hizbul-mujahideen;حزب المجاهدين;Hizbul Mujahideen;insurgent;IN|PK;;;;22812;
balochistan-liberation-army;جيش تحرير بلوشستان;Balochistan Liberation Army;separatist;PK;;;;26953;
abu-sayyaf;جماعة أبو سياف;Abu Sayyaf Group;jihadist;PH;;;QDe.001;4688;
moro-islamic-liberation-front;جبهة تحرير مورو الإسلامية;Moro Islamic Liberation Front;separatist;PH;;;;;
new-peoples-army;جيش الشعب الجديد;New People's Army;insurgent;PH;;;;7234;
jemaah-islamiyah;الجماعة الإسلامية;Jemaah Islamiyah;jihadist;ID|PH|MY;;;QDe.092;7280;
jamaah-ansharut-tauhid;جماعة أنصار التوحيد;Jemmah Anshorut Tauhid;jihadist;ID;;;QDe.133;13098;
arakan-army;جيش أراكان;Arakan Army;insurgent;MM;;;;;
arsa;جيش إنقاذ روهينغا أراكان;Arakan Rohingya Salvation Army;insurgent;MM;;;;;
tamil-tigers;نمور التاميل;Liberation Tigers of Tamil Eelam;separatist;LK;;;;4703;
# --- Syria -----------------------------------------------------------------
syrian-arab-army;الجيش العربي السوري;Syrian Arab Army;state_force;SY;;;;;
tiger-forces;قوات النمر;Tiger Forces;state_force;SY;syrian-arab-army;;;;
national-defence-forces;قوات الدفاع الوطني;National Defence Forces (Syria);militia;SY;;;;;
local-defence-forces;قوات الدفاع المحلي;Local Defence Forces (Syria);militia;SY;;;;;
liwa-al-quds;لواء القدس;Liwa al-Quds;militia;SY;;;;;
liwa-abu-al-fadl-al-abbas;لواء أبو الفضل العباس;Liwa Abu al-Fadl al-Abbas;militia;SY|IQ;;;;;
palestine-liberation-army;جيش التحرير الفلسطيني;Palestine Liberation Army;militia;SY;;;;;
free-syrian-army;الجيش السوري الحر;Free Syrian Army;coalition;SY;;;;;
syrian-national-army;الجيش الوطني السوري;Syrian National Army;coalition;SY|TR;;;;;
national-front-for-liberation;الجبهة الوطنية للتحرير;National Front for Liberation;coalition;SY;;;;;
jaysh-al-fatah;جيش الفتح;Jaysh al-Fatah;coalition;SY;;;;;
ahrar-al-sham;حركة أحرار الشام الإسلامية;Ahrar al-Sham;insurgent;SY;;;;;
jaysh-al-islam;جيش الإسلام;Jaysh al-Islam;insurgent;SY;;;;;
faylaq-al-sham;فيلق الشام;Faylaq al-Sham;insurgent;SY;;;;;
faylaq-al-rahman;فيلق الرحمن;Faylaq al-Rahman;insurgent;SY;;;;;
jaysh-al-izza;جيش العزة;Jaysh al-Izza;insurgent;SY;;;;;
nour-al-din-al-zenki;حركة نور الدين الزنكي;Nour al-Din al-Zenki Movement;insurgent;SY;;;;;
liwa-al-tawhid;لواء التوحيد;Liwa al-Tawhid;insurgent;SY;;;;;
suqour-al-sham;ألوية صقور الشام;Suqour al-Sham;insurgent;SY;;;;;
levant-front;الجبهة الشامية;Levant Front;insurgent;SY;syrian-national-army;;;;
sultan-murad-division;فرقة السلطان مراد;Sultan Murad Division;insurgent;SY;syrian-national-army;;;;
hamza-division;فرقة الحمزة;Hamza Division;insurgent;SY;syrian-national-army;;;;
sultan-suleiman-shah-division;فرقة السلطان سليمان شاه;Sultan Suleiman Shah Division;insurgent;SY;syrian-national-army;;;;
ahrar-al-sharqiya;أحرار الشرقية;Ahrar al-Sharqiya;insurgent;SY;syrian-national-army;;;;
maghaweir-al-thawra;جيش مغاوير الثورة;Maghaweir al-Thawra;insurgent;SY;;;;;
rijal-al-karama;حركة رجال الكرامة;Men of Dignity Movement;militia;SY;;;;;
sdf;قوات سوريا الديمقراطية;Syrian Democratic Forces;coalition;SY;;;;;
ypg;وحدات حماية الشعب;People's Protection Units (YPG);militia;SY;;;;;Q277036
ypj;وحدات حماية المرأة;Women's Protection Units (YPJ);militia;SY;;;;;
manbij-military-council;مجلس منبج العسكري;Manbij Military Council;militia;SY;sdf;;;;
deir-ez-zor-military-council;مجلس دير الزور العسكري;Deir ez-Zor Military Council;militia;SY;sdf;;;;
al-sanadid-forces;قوات الصناديد;Al-Sanadid Forces;militia;SY;sdf;;;;
# --- Kurdish groups outside Syria ------------------------------------------
pkk;حزب العمال الكردستاني;Kurdistan Workers' Party (PKK);separatist;TR|IQ;;;;4702;Q152220
hpg;قوات الدفاع الشعبي;People's Defence Forces (HPG);armed_wing;TR|IQ;pkk;;;4702;
tak;صقور حرية كردستان;Kurdistan Freedom Hawks (TAK);separatist;TR;;;;10665;
pjak;حزب الحياة الحرة الكردستاني;Kurdistan Free Life Party (PJAK);separatist;IR|IQ;;;;11351;
peshmerga;البيشمركة;Peshmerga;state_force;IQ;;;;;
# --- Iraq ------------------------------------------------------------------
iraqi-army;الجيش العراقي;Iraqi Army;state_force;IQ;;;;;
iraqi-counter-terrorism-service;جهاز مكافحة الإرهاب العراقي;Iraqi Counter-Terrorism Service;state_force;IQ;;;;;
popular-mobilization-forces;الحشد الشعبي;Popular Mobilization Forces;militia;IQ;;;;;
tribal-mobilization;الحشد العشائري;Tribal Mobilization Forces;militia;IQ;;;;;
kataib-hezbollah;كتائب حزب الله;Kata'ib Hezbollah;militia;IQ;;;;11462;
asaib-ahl-al-haq;عصائب أهل الحق;Asa'ib Ahl al-Haq;militia;IQ;;;;28283;
badr-organization;منظمة بدر;Badr Organization;militia;IQ;;;;;
harakat-al-nujaba;حركة النجباء;Harakat Hezbollah al-Nujaba;militia;IQ;;;;26446;
kataib-sayyid-al-shuhada;كتائب سيد الشهداء;Kata'ib Sayyid al-Shuhada;militia;IQ;;;;;
kataib-imam-ali;كتائب الإمام علي;Kata'ib al-Imam Ali;militia;IQ;;;;;
kataib-jund-al-imam;كتائب جند الإمام;Kata'ib Jund al-Imam;militia;IQ;;;;;
saraya-al-khorasani;سرايا الخراساني;Saraya al-Khorasani;militia;IQ;;;;;
saraya-ashura;سرايا عاشوراء;Saraya Ashura;militia;IQ;;;;;
ansar-allah-al-awfiya;أنصار الله الأوفياء;Ansar Allah al-Awfiya;militia;IQ;;;;;
al-abbas-combat-division;فرقة العباس القتالية;Al-Abbas Combat Division;militia;IQ;;;;;
mahdi-army;جيش المهدي;Mahdi Army;militia;IQ;;;;;
saraya-al-salam;سرايا السلام;Saraya al-Salam;militia;IQ;;mahdi-army;;;
islamic-resistance-in-iraq;المقاومة الإسلامية في العراق;Islamic Resistance in Iraq;coalition;IQ;;;;;
naqshbandi-army;جيش رجال الطريقة النقشبندية;Naqshbandi Army;insurgent;IQ;;;;11749;
islamic-army-in-iraq;الجيش الإسلامي في العراق;Islamic Army in Iraq;insurgent;IQ;;;;;
1920-revolution-brigades;كتائب ثورة العشرين;1920 Revolution Brigades;insurgent;IQ;;;;;
sahwa;الصحوات;Sahwa (Awakening Councils);militia;IQ;;;;;
# --- Iran ------------------------------------------------------------------
irgc;الحرس الثوري الإيراني;Islamic Revolutionary Guard Corps;state_force;IR;;;;10391;
quds-force;فيلق القدس;Quds Force;state_force;IR|IQ|SY|LB;irgc;;;10465;
basij;الباسيج;Basij;state_force;IR;irgc;;;12727;
irgc-aerospace-force;القوة الجوفضائية في الحرس الثوري;IRGC Aerospace Force;state_force;IR;irgc;;;12055;
irgc-navy;القوة البحرية في الحرس الثوري;IRGC Navy;state_force;IR;irgc;;;26720;
irgc-ground-forces;القوة البرية في الحرس الثوري;IRGC Ground Forces;state_force;IR;irgc;;;26719;
iranian-army;الجيش الإيراني;Islamic Republic of Iran Army;state_force;IR;;;;;
liwa-fatemiyoun;لواء فاطميون;Liwa Fatemiyoun;militia;SY|AF|IR;;;;26347;
liwa-zainebiyoun;لواء زينبيون;Liwa Zainebiyoun;militia;SY|PK|IR;;;;26348;
mek;منظمة مجاهدي خلق;People's Mojahedin Organization of Iran (MEK);insurgent;IR|IQ|AL;;;;;
jundallah-iran;جند الله;Jundallah (Iran);insurgent;IR|PK;;;;12299;
jaysh-al-adl;جيش العدل;Jaysh al-Adl;insurgent;IR|PK;;jundallah-iran;;12299;
# --- Lebanon ---------------------------------------------------------------
hezbollah;حزب الله;Hezbollah;militia;LB|SY;;;;4697;
islamic-resistance-lebanon;المقاومة الإسلامية في لبنان;Islamic Resistance in Lebanon;armed_wing;LB;hezbollah;;;;
radwan-force;قوة الرضوان;Radwan Force;armed_wing;LB|SY;hezbollah;;;;
saraya-al-muqawama;سرايا المقاومة اللبنانية;Lebanese Resistance Brigades;militia;LB;hezbollah;;;;
amal-movement;حركة أمل;Amal Movement;militia;LB;;;;;
jamaa-islamiya-lebanon;الجماعة الإسلامية;al-Jamaa al-Islamiya (Lebanon);militia;LB;;;;;
fajr-forces;قوات الفجر;Fajr Forces;armed_wing;LB;jamaa-islamiya-lebanon;;;;
south-lebanon-army;جيش لبنان الجنوبي;South Lebanon Army;militia;LB;;;;;
lebanese-army;الجيش اللبناني;Lebanese Armed Forces;state_force;LB;;;;;
# --- Palestine and Israel --------------------------------------------------
hamas;حركة المقاومة الإسلامية;Hamas;insurgent;PS;;;;4695;Q38799
qassam-brigades;كتائب عز الدين القسام;Izz ad-Din al-Qassam Brigades;armed_wing;PS;hamas;;;4695;
palestinian-islamic-jihad;حركة الجهاد الإسلامي;Palestinian Islamic Jihad;insurgent;PS;;;;4707;
al-quds-brigades;سرايا القدس;Al-Quds Brigades;armed_wing;PS;palestinian-islamic-jihad;;;4707;
jenin-brigade;كتيبة جنين;Jenin Brigade;militia;PS;al-quds-brigades;;;;
fatah;حركة فتح;Fatah;insurgent;PS;;;;;
al-aqsa-martyrs-brigades;كتائب شهداء الأقصى;Al-Aqsa Martyrs' Brigades;armed_wing;PS;fatah;;;7200;
fatah-al-intifada;فتح الانتفاضة;Fatah al-Intifada;militia;SY|LB|PS;;;;;
pflp;الجبهة الشعبية لتحرير فلسطين;Popular Front for the Liberation of Palestine;insurgent;PS;;;;4709;
abu-ali-mustafa-brigades;كتائب الشهيد أبو علي مصطفى;Abu Ali Mustafa Brigades;armed_wing;PS;pflp;;;4709;
pflp-gc;الجبهة الشعبية لتحرير فلسطين - القيادة العامة;PFLP-General Command;militia;SY|LB|PS;;;;4710;
dflp;الجبهة الديمقراطية لتحرير فلسطين;Democratic Front for the Liberation of Palestine;insurgent;PS;;;;4717;
national-resistance-brigades;كتائب المقاومة الوطنية;National Resistance Brigades;armed_wing;PS;dflp;;;;
palestine-liberation-front;جبهة التحرير الفلسطينية;Palestine Liberation Front;insurgent;PS;;;;4708;
popular-resistance-committees;لجان المقاومة الشعبية;Popular Resistance Committees;insurgent;PS;;;;;
al-nasser-salah-al-din-brigades;ألوية الناصر صلاح الدين;Al-Nasser Salah al-Din Brigades;armed_wing;PS;popular-resistance-committees;;;;
palestinian-mujahideen-movement;حركة المجاهدين الفلسطينية;Palestinian Mujahideen Movement;insurgent;PS;;;;;
mujahideen-brigades;كتائب المجاهدين;Mujahideen Brigades;armed_wing;PS;palestinian-mujahideen-movement;;;;
harakat-al-sabireen;حركة الصابرين;Harakat al-Sabireen;insurgent;PS;;;;23632;
lions-den;عرين الأسود;Lions' Den;militia;PS;;;;;
palestinian-security-forces;الأجهزة الأمنية الفلسطينية;Palestinian Security Forces;state_force;PS;;;;;
israel-defense-forces;الجيش الإسرائيلي;Israel Defense Forces;state_force;IL|PS|LB|SY;;;;;
golani-brigade;لواء غولاني;Golani Brigade;state_force;IL;israel-defense-forces;;;;
givati-brigade;لواء جفعاتي;Givati Brigade;state_force;IL;israel-defense-forces;;;;
# --- Yemen and the Gulf ----------------------------------------------------
houthis;جماعة الحوثي;Houthis (Ansar Allah);insurgent;YE;;;YEe.001;;
yemeni-army;الجيش اليمني;Yemeni Armed Forces (government);state_force;YE;;;;;
stc-forces;قوات المجلس الانتقالي الجنوبي;Southern Transitional Council forces;separatist;YE;;;;;
security-belt-forces;قوات الحزام الأمني;Security Belt Forces;militia;YE;stc-forces;;;;
giants-brigades;ألوية العمالقة;Giants Brigades;militia;YE;;;;;
national-resistance-forces-yemen;قوات المقاومة الوطنية;National Resistance Forces (Yemen);militia;YE;;;;;
shabwani-elite-forces;قوات النخبة الشبوانية;Shabwani Elite Forces;militia;YE;;;;;
hadrami-elite-forces;قوات النخبة الحضرمية;Hadrami Elite Forces;militia;YE;;;;;
nation-shield-forces;قوات درع الوطن;Nation's Shield Forces;militia;YE;;;;;
saudi-led-coalition;التحالف العربي;Saudi-led coalition in Yemen;coalition;YE|SA;;;;;
saudi-armed-forces;القوات المسلحة السعودية;Saudi Armed Forces;state_force;SA;;;;;
uae-armed-forces;القوات المسلحة الإماراتية;UAE Armed Forces;state_force;AE;;;;;
saraya-al-ashtar;سرايا الأشتر;Saraya al-Ashtar;insurgent;BH;;;;24723;
saraya-al-mukhtar;سرايا المختار;Saraya al-Mukhtar;insurgent;BH;;;;30650;
# --- Egypt, Maghreb, Libya -------------------------------------------------
egyptian-armed-forces;القوات المسلحة المصرية;Egyptian Armed Forces;state_force;EG;;;;;
jordanian-armed-forces;القوات المسلحة الأردنية;Jordanian Armed Forces;state_force;JO;;;;;
algerian-army;الجيش الوطني الشعبي;People's National Army (Algeria);state_force;DZ;;;;;
moroccan-army;الجيش المغربي;Royal Moroccan Armed Forces;state_force;MA;;;;;
tunisian-army;الجيش التونسي;Tunisian Army;state_force;TN;;;;;
polisario-front;جبهة البوليساريو;Polisario Front;separatist;EH|DZ;;;;;
sahrawi-peoples-liberation-army;جيش التحرير الشعبي الصحراوي;Sahrawi People's Liberation Army;armed_wing;EH|DZ;polisario-front;;;;
libyan-national-army;الجيش الوطني الليبي;Libyan National Army;militia;LY;;;;;
gna-forces;قوات حكومة الوفاق الوطني;Government of National Accord forces;state_force;LY;;;;;
libya-dawn;فجر ليبيا;Libya Dawn;coalition;LY;;;;;
radaa-force;قوة الردع الخاصة;Special Deterrence Force (Rada);militia;LY;;;;;
stability-support-apparatus;جهاز دعم الاستقرار;Stability Support Apparatus;militia;LY;;;;;
tripoli-revolutionaries-brigade;كتيبة ثوار طرابلس;Tripoli Revolutionaries Brigade;militia;LY;;;;;
benghazi-defence-brigades;سرايا الدفاع عن بنغازي;Benghazi Defence Brigades;militia;LY;;;;;
# --- Sudan and the Horn of Africa ------------------------------------------
sudanese-armed-forces;القوات المسلحة السودانية;Sudanese Armed Forces;state_force;SD;;;;;
janjaweed;الجنجويد;Janjaweed;militia;SD;;;;;
rapid-support-forces;قوات الدعم السريع;Rapid Support Forces;militia;SD;;janjaweed;;;
al-baraa-bin-malik-brigade;كتيبة البراء بن مالك;Al-Baraa bin Malik Brigade;militia;SD;;;;;
sudan-shield-forces;قوات درع السودان;Sudan Shield Forces;militia;SD;;;;;
jem;حركة العدل والمساواة;Justice and Equality Movement;insurgent;SD;;;;;
sudan-liberation-movement;حركة تحرير السودان;Sudan Liberation Movement/Army;insurgent;SD;;;;;
splm-n;الحركة الشعبية لتحرير السودان - شمال;SPLM-North;insurgent;SD;;;;;
splm-io;الحركة الشعبية لتحرير السودان في المعارضة;SPLM/A-In Opposition;insurgent;SS;;;;;
tplf;جبهة تحرير شعب تيغراي;Tigray People's Liberation Front;insurgent;ET;;;;;
fano;فانو;Fano;militia;ET;;;;;
ethiopian-army;الجيش الإثيوبي;Ethiopian National Defense Force;state_force;ET;;;;;
somali-army;الجيش الصومالي;Somali National Army;state_force;SO;;;;;
# --- Sahel, West and Central Africa ----------------------------------------
mnla;الحركة الوطنية لتحرير أزواد;National Movement for the Liberation of Azawad;separatist;ML;;;;;
azawad-liberation-front;جبهة تحرير أزواد;Azawad Liberation Front;separatist;ML;;;;;
malian-army;الجيش المالي;Malian Armed Forces;state_force;ML;;;;;
nigerian-army;الجيش النيجيري;Nigerian Army;state_force;NG;;;;;
chadian-army;الجيش التشادي;Chadian Army;state_force;TD;;;;;
mend;حركة تحرير دلتا النيجر;Movement for the Emancipation of the Niger Delta;insurgent;NG;;;;;
m23;حركة 23 مارس;March 23 Movement (M23);insurgent;CD;;;CDe.006;;
adf;القوات الديمقراطية المتحالفة;Allied Democratic Forces;jihadist;CD|UG;;;CDe.001;16696;
fdlr;القوات الديمقراطية لتحرير رواندا;Democratic Forces for the Liberation of Rwanda;insurgent;CD|RW;;;CDe.005;;
lords-resistance-army;جيش الرب للمقاومة;Lord's Resistance Army;insurgent;UG|CF|CD|SS;;;CFe.002;;
seleka;تحالف سيليكا;Séléka;coalition;CF;;;;;
anti-balaka;أنتي بالاكا;Anti-balaka;militia;CF;;;;;
# --- Russia, Ukraine, private military -------------------------------------
wagner-group;مجموعة فاغنر;Wagner Group;private_military;RU|UA|LY|ML|SY|CF|SD;;;;;
africa-corps;الفيلق الأفريقي;Africa Corps (Russia);state_force;ML|BF|NE|LY|CF;;wagner-group;;;
russian-armed-forces;الجيش الروسي;Russian Armed Forces;state_force;RU|UA|SY;;;;;
ukrainian-armed-forces;الجيش الأوكراني;Armed Forces of Ukraine;state_force;UA;;;;;
azov;كتيبة آزوف;Azov (unit);state_force;UA;;;;;
# --- Other state forces and coalitions -------------------------------------
us-armed-forces;القوات الأمريكية;United States Armed Forces;state_force;US|IQ|SY;;;;;
centcom;القيادة المركزية الأمريكية;US Central Command (CENTCOM);state_force;US;us-armed-forces;;;;
anti-isis-coalition;التحالف الدولي ضد داعش;Global Coalition against Daesh;coalition;IQ|SY;;;;;
french-armed-forces;الجيش الفرنسي;French Armed Forces;state_force;FR|ML;;;;;
turkish-armed-forces;الجيش التركي;Turkish Armed Forces;state_force;TR|SY|IQ;;;;;
pakistan-army;الجيش الباكستاني;Pakistan Army;state_force;PK;;;;;
indian-army;الجيش الهندي;Indian Army;state_force;IN;;;;;
# --- Elsewhere -------------------------------------------------------------
farc;القوات المسلحة الثورية الكولومبية;Revolutionary Armed Forces of Colombia (FARC);insurgent;CO;;;;;
eln;جيش التحرير الوطني;National Liberation Army (Colombia);insurgent;CO;;;;4706;
shining-path;الدرب المضيء;Shining Path;insurgent;PE;;;;4715;
eta;منظمة إيتا;ETA;separatist;ES;;;;4693;
ira;الجيش الجمهوري الأيرلندي;Irish Republican Army;separatist;GB;;;;;
"""

# Why an OFAC/UN entry is matched through an alias (documented in
# gazetteers/provenance-armed-groups.md as well):
ALIAS_MATCHES = {
    "jamaat-al-tawhid-wal-jihad": "UN QDe.115 alias JTJ / Jama'at Al-Tawhid Wa'al-Jihad; OFAC 8759 alias THE MONOTHEISM AND JIHAD GROUP",
    "al-qaeda-in-iraq": "UN QDe.115 main name AL-QAIDA IN IRAQ; OFAC 8759 alias AL-QAIDA IN IRAQ",
    "islamic-state-of-iraq": "UN QDe.115 alias Islamic State of Iraq; OFAC 8759 alias ISLAMIC STATE OF IRAQ",
    "islamic-state": "UN QDe.115 alias Islamic State in Iraq and the Levant; OFAC 8759 ISLAMIC STATE OF IRAQ AND THE LEVANT",
    "ansar-bait-al-maqdis": "OFAC 16763 ISIS-SINAI PROVINCE alias ANSAR BAYT AL-MAQDIS",
    "islamic-state-central-africa": "OFAC 16696 ISIS-DRC alias ISLAMIC STATE CENTRAL AFRICA PROVINCE",
    "islamic-state-east-asia": "UN QDe.169 ISIL South-East Asia; OFAC 23844 ISIS-PHILIPPINES alias IS EAST ASIA DIVISION",
    "islamic-state-sahel": "UN QDe.163 / OFAC 24546 Islamic State in the Greater Sahara, alias Islamic State of the Greater Sahel",
    "gspc": "UN QDe.014 alias Salafist Group For Call and Combat; OFAC 6897 SALAFIST GROUP FOR CALL AND COMBAT",
    "aqim": "UN QDe.014; OFAC 6897 alias AL-QA'IDA IN THE ISLAMIC MAGHREB",
    "al-mourabitoun": "OFAC 16446 AL-MULATHAMUN BATTALION alias AL-MURABITOUN",
    "al-muwaqqiun-biddam": "OFAC 16446 alias AL-MUWAQQI'UN BIL-DIMA",
    "nusra-front": "UN QDe.137; OFAC 16937",
    "jabhat-fateh-al-sham": "UN QDe.137 alias Jabhat Fateh al-Sham; OFAC 16937 alias JABHAT FATEH AL-SHAM",
    "hayat-tahrir-al-sham": "UN QDe.137 alias Hay'at Tahrir al-Sham; OFAC 16937 alias HAY'AT TAHRIR AL-SHAM",
    "turkistan-islamic-party": "UN QDe.088 ETIM alias Islamic Party of Turkestan; OFAC 7262 ETIM alias EASTERN TURKISTAN ISLAMIC PARTY",
    "liwa-shuhada-al-yarmouk": "UN QDe.155 alias Liwa Shuhada al-Yarmouk; OFAC 20010 alias LIWA' SHUHADA' AL-YARMOUK",
    "egyptian-islamic-jihad": "UN QDe.003; OFAC 6366 AL QA'IDA alias EGYPTIAN ISLAMIC JIHAD",
    "hpg": "OFAC 4702 PKK alias THE PEOPLE'S DEFENSE FORCE",
    "jundallah-iran": "OFAC 12299 JAYSH AL-ADL alias JUNDALLAH / FORMER JUNDALLAH OF IRAN",
    "qassam-brigades": "OFAC 4695 HAMAS alias IZZ AL-DIN AL QASSAM BRIGADES",
    "al-quds-brigades": "OFAC 4707 PIJ alias AL-QUDS BRIGADES",
    "abu-ali-mustafa-brigades": "OFAC 4709 PFLP alias MARTYR ABU-ALI MUSTAFA BATTALION",
    "adf": "UN CDe.001; OFAC 16696 ISIS-DRC a.k.a. ADF / ALLIED DEMOCRATIC FORCES",
    "haqqani-network": "UN TAe.012; OFAC 15484",
    "boko-haram": "UN QDe.138 alias Boko Haram; OFAC 16363",
}

# ---------------------------------------------------------------------------
# Aliases: id;alias;form;flags;cues[;extra source tag]
# ---------------------------------------------------------------------------
ALIASES = r"""
# --- Islamic State -----------------------------------------------------------
jamaat-al-tawhid-wal-jihad;جماعة التوحيد والجهاد;name;historical;
al-qaeda-in-iraq;القاعدة في بلاد الرافدين;name;historical;
al-qaeda-in-iraq;تنظيم القاعدة في العراق;name;historical;
al-qaeda-in-iraq;القاعدة في العراق;name;historical;;un-sc
islamic-state-of-iraq;دولة العراق الإسلامية;name;historical;
islamic-state-of-iraq;الدولة الإسلامية في العراق;name;historical;
islamic-state;الدولة الإسلامية;name;ambiguous;تنظيم _|عناصر _|مسلحي _|مقاتلي _|مسلحو _|مقاتلو _|عناصر من _|_ الإرهابي|ما يسمى _|ما يعرف ب_
islamic-state;تنظيم الدولة;short_name;;
islamic-state;داعش;acronym;;
islamic-state;تنظيم داعش;acronym;;
islamic-state;الدولة الإسلامية في العراق والشام;name;historical;
islamic-state;تنظيم الدولة الإسلامية في العراق والشام;name;historical;
islamic-state;الدولة الإسلامية في العراق وسوريا;name;historical;
islamic-state;دولة الخلافة;self_designation;ambiguous;تنظيم _|_ المزعومة|ما يسمى _
islamic-state-khorasan;داعش خراسان;acronym;;
islamic-state-khorasan;تنظيم الدولة الإسلامية في خراسان;name;;
islamic-state-khorasan;تنظيم الدولة في خراسان;short_name;;
ansar-bait-al-maqdis;جماعة أنصار بيت المقدس;name;;
islamic-state-sinai;تنظيم ولاية سيناء;name;;
islamic-state-sinai;داعش سيناء;acronym;;
iswap;داعش غرب أفريقيا;acronym;;
iswap;تنظيم الدولة في غرب أفريقيا;short_name;;
islamic-state-sahel;تنظيم الدولة الإسلامية في الصحراء الكبرى;name;historical;
islamic-state-sahel;الدولة الإسلامية في الصحراء الكبرى;name;historical;
islamic-state-sahel;داعش الصحراء الكبرى;acronym;historical;
islamic-state-somalia;داعش الصومال;acronym;;
islamic-state-somalia;تنظيم الدولة الإسلامية في الصومال;name;;
islamic-state-libya;داعش ليبيا;acronym;;
islamic-state-libya;تنظيم الدولة في ليبيا;short_name;;
islamic-state-libya;الدولة الإسلامية في العراق والشام - ليبيا;name;;;un-sc
islamic-state-yemen;داعش اليمن;acronym;;
islamic-state-yemen;تنظيم الدولة في اليمن;short_name;;
islamic-state-yemen;الدولة الإسلامية في العراق والشام - اليمن;name;;;un-sc
jund-al-khilafah-algeria;جند الخلافة;name;ambiguous;_ في الجزائر|_ في أرض الجزائر|_ الجزائري|_ الجزائرية
jund-al-khilafah-tunisia;جند الخلافة;name;ambiguous;_ في تونس|_ التونسي|_ التونسية
# --- al-Qaeda --------------------------------------------------------------------
al-qaeda;القاعدة;name;ambiguous;تنظيم _|عناصر _|زعيم _|مسلحي _|مسلحو _|مقاتلي _|مقاتلو _|قادة _|قيادي في _|_ الإرهابي|شبكة _|أسامة بن لادن و_
aqap;القاعدة في جزيرة العرب;name;;;un-sc
aqap;تنظيم القاعدة في اليمن;name;;
aqap;القاعدة في اليمن;name;;
aqap;أنصار الشريعة;name;ambiguous;_ في اليمن|_ اليمني|_ اليمنية
gspc;الجماعة السلفية للدعوة والقتال في الجزائر;name;historical;
aqim;القاعدة في بلاد المغرب الإسلامي;name;;
aqim;تنظيم القاعدة في المغرب الإسلامي;name;;
aqim;القاعدة في المغرب الإسلامي;name;;
aqim;تنظيم القاعدة ببلاد المغرب الإسلامي;name;;;un-sc
aqis;القاعدة في شبه القارة الهندية;name;;
al-shabaab;حركة الشباب;name;;
al-shabaab;الشباب المجاهدين;name;;
al-shabaab;حركة الشباب الصومالية;name;;
al-shabaab;الشباب;name;ambiguous;حركة _|مسلحي _|مسلحو _|مقاتلي _|مقاتلو _|عناصر _|_ المجاهدين|_ الصومالية|_ الإرهابية|معاقل _
ansar-dine;أنصار الدين;name;;
mujao;حركة التوحيد والجهاد;short_name;;
al-mulathamun;الملثمون;name;ambiguous;كتيبة _|جماعة _|_ بقيادة مختار بلمختار
al-muwaqqiun-biddam;الموقعون بالدماء;name;;
al-mourabitoun;المرابطون;name;ambiguous;جماعة _|تنظيم _|كتيبة _|_ بقيادة مختار بلمختار
macina-liberation-front;كتيبة ماسينا;name;;
jnim;نصرة الإسلام والمسلمين;short_name;;
jnim;جماعة نصرة الإسلام;short_name;;
nusra-front;جبهة النصرة لأهل الشام;name;;;un-sc
nusra-front;النصرة;short_name;ambiguous;جبهة _|مقاتلي _|مقاتلو _|مسلحي _|مسلحو _|عناصر _|_ وداعش|داعش و_
hayat-tahrir-al-sham;تحرير الشام;short_name;;
hurras-al-din;حراس الدين;name;;
jund-al-aqsa;تنظيم جند الأقصى;name;;
turkistan-islamic-party;الحزب التركستاني;short_name;;
turkistan-islamic-party;الحزب الإسلامي التركستاني لنصرة أهل الشام;name;;
jaysh-al-muhajireen-wal-ansar;جيش المهاجرين و الأنصار;name;;
liwa-shuhada-al-yarmouk;شهداء اليرموك;short_name;;
jaysh-khalid-ibn-al-walid;جيش خالد;short_name;ambiguous;فصيل _|مسلحي _|مقاتلي _|عناصر _
ansar-al-islam;أنصار الإسلام;name;ambiguous;جماعة _|تنظيم _|مسلحي _|عناصر _
asbat-al-ansar;جماعة عصبة الأنصار;name;;
fatah-al-islam;تنظيم فتح الإسلام;name;;
fatah-al-islam;فتح الاسلام;name;;
abdullah-azzam-brigades;كتائب عبدالله عزام;name;;
gamaa-islamiyya;الجماعة الإسلامية;name;ambiguous;_ في مصر|_ المصرية|_ بمصر
gamaa-islamiyya;الجماعة الإسلامية المصرية;name;;
armed-islamic-group;الجيا;acronym;;
armed-islamic-group;الجماعة الإسلامية المسلحة في الجزائر;name;;
libyan-islamic-fighting-group;الجماعة الليبية المقاتلة;name;;
libyan-islamic-fighting-group;الجماعة المقاتلة;short_name;ambiguous;_ الليبية|_ في ليبيا
tunisian-combatant-group;الجماعة الإسلامية التونسية المقاتلة;name;;
ansar-al-sharia-tunisia;أنصار الشريعة;name;ambiguous;_ في تونس|_ التونسي|_ التونسية|_ بتونس
ansar-al-sharia-benghazi;أنصار الشريعة;name;ambiguous;_ في بنغازي|_ ببنغازي|_ في ليبيا|_ بليبيا|_ الليبي|_ الليبية
ansar-al-sharia-benghazi;أنصار الشريعة بليبيا;name;;;un-sc
ansar-al-sharia-benghazi;كتيبة أنصار الشريعة;name;;;un-sc
ansar-al-sharia-benghazi;أنصار الشريعة - بنغازي;name;;;un-sc
ansar-al-sharia-derna;أنصار الشريعة;name;ambiguous;_ في درنة|_ بدرنة
ansar-al-sharia-derna;أنصار الشريعة - درنة;name;;;un-sc
benghazi-revolutionaries-shura-council;مجلس شورى ثوار بنغازي;name;;
derna-mujahideen-shura-council;مجلس شورى مجاهدي درنة;name;;
boko-haram;جماعة بوكو حرام;name;;
boko-haram;جماعة أهل السنة للدعوة والجهاد;self_designation;;;un-sc
ansaru;أنصار المسلمين في بلاد السودان;name;;;un-sc
al-itihaad-al-islamiya;الاتحاد الإسلامي;name;ambiguous;جماعة _|_ الصومالي|_ الصومالية|_ في الصومال
islamic-army-of-aden;جيش عدن أبين;short_name;;
ajnad-misr;جماعة أجناد مصر;name;;
hasm;حركة حسم;name;;
hasm;حسم;acronym;ambiguous;حركة _|جماعة _|عناصر _|خلية _|أعضاء _|_ الإرهابية|_ الإخوانية
liwa-al-thawra;لواء الثورة;name;ambiguous;حركة _|جماعة _|_ المصرية|عناصر _
liwa-al-thawra;حركة لواء الثورة;name;;
caucasus-emirate;إمارة القوقاز الإسلامية;name;;
islamic-movement-of-uzbekistan;حركة أوزبكستان الإسلامية;name;;
# --- South and South-East Asia -----------------------------------------------
taliban;طالبان;name;;
taliban;طالبان الأفغانية;name;;
taliban;حركة طالبان الأفغانية;name;;
taliban;الإمارة الإسلامية في أفغانستان;self_designation;;
haqqani-network;جماعة حقاني;name;;
ttp;طالبان باكستان;name;;
ttp;طالبان الباكستانية;name;;
ttp;حركة طالبان الباكستانية;name;;
ttp;تحريك طالبان باكستان;name;;
lashkar-e-taiba;لشكر طيبة;name;;
lashkar-e-taiba;جماعة عسكر طيبة;name;;
jaish-e-mohammed;جماعة جيش محمد;name;;
abu-sayyaf;أبو سياف;name;ambiguous;جماعة _|مسلحي _|مسلحو _|مقاتلي _|عناصر _|متمردي _|خاطفي _
moro-islamic-liberation-front;جبهة مورو الإسلامية للتحرير;name;;
moro-islamic-liberation-front;جبهة مورو;short_name;;
new-peoples-army;الجيش الشعبي الجديد;name;;
jemaah-islamiyah;الجماعة الإسلامية;name;ambiguous;_ في إندونيسيا|_ الإندونيسية|_ بإندونيسيا|_ في جنوب شرق آسيا
arsa;جيش إنقاذ الروهينغا;name;;
tamil-tigers;جبهة نمور تحرير تاميل إيلام;name;;
tamil-tigers;نمور تحرير تاميل إيلام;name;;
# --- Syria -------------------------------------------------------------------
syrian-arab-army;الجيش السوري;name;;
syrian-arab-army;الجيش النظامي السوري;name;;
syrian-arab-army;قوات النظام السوري;label;pejorative;
syrian-arab-army;جيش النظام السوري;label;pejorative;
syrian-arab-army;قوات الأسد;label;pejorative;
national-defence-forces;قوات الدفاع الوطني;name;ambiguous;_ السورية|_ في سوريا|ميليشيا _|ميليشيات _|مليشيا _|مليشيات _|_ الموالية للنظام|_ الموالية
liwa-al-quds;لواء القدس الفلسطيني;name;;
free-syrian-army;الجيش الحر;short_name;;
syrian-national-army;الجيش الوطني;short_name;ambiguous;فصائل _|_ السوري|_ المدعوم من تركيا|_ المدعوم تركيا|_ الموالي لتركيا|_ التابع لتركيا
ahrar-al-sham;أحرار الشام;short_name;;
ahrar-al-sham;حركة أحرار الشام;name;;
jaysh-al-islam;جيش الاسلام;name;;
nour-al-din-al-zenki;حركة الزنكي;short_name;;
suqour-al-sham;صقور الشام;short_name;;
sultan-suleiman-shah-division;العمشات;label;;
maghaweir-al-thawra;مغاوير الثورة;short_name;;
rijal-al-karama;رجال الكرامة;short_name;;
sdf;قسد;acronym;;
sdf;قوات قسد;acronym;;
ypg;وحدات حماية الشعب الكردية;name;;
ypg;الوحدات الكردية;short_name;;
# --- Kurdish -----------------------------------------------------------------
pkk;العمال الكردستاني;short_name;;
pkk;حزب العمال الكردستاني التركي;name;;
pkk;بي كا كا;acronym;;
hpg;قوات الدفاع الشعبي;name;ambiguous;_ الكردستاني|_ الكردية|_ التابعة لحزب العمال الكردستاني|_ الجناح العسكري
pjak;بيجاك;acronym;;
peshmerga;البيشمركة;name;article;
peshmerga;قوات البيشمركة;name;;
peshmerga;قوات البيشمركة الكردية;name;;
# --- Iraq --------------------------------------------------------------------
iraqi-army;القوات العراقية;name;;
iraqi-counter-terrorism-service;جهاز مكافحة الإرهاب في العراق;name;;
popular-mobilization-forces;هيئة الحشد الشعبي;name;;
popular-mobilization-forces;قوات الحشد الشعبي;name;;
popular-mobilization-forces;الحشد;short_name;ambiguous;فصائل _|قوات _|مقاتلي _|مقاتلو _|عناصر _|قادة _|هيئة _|ألوية _|_ و داعش
popular-mobilization-forces;ميليشيات الحشد الشعبي;label;pejorative;
popular-mobilization-forces;ميليشيا الحشد الشعبي;label;pejorative;
popular-mobilization-forces;مليشيات الحشد الشعبي;label;pejorative;
tribal-mobilization;قوات الحشد العشائري;name;;
kataib-hezbollah;كتائب حزب الله العراقية;name;;
kataib-hezbollah;كتائب حزب الله العراقي;name;;
asaib-ahl-al-haq;العصائب;short_name;;
asaib-ahl-al-haq;ميليشيا عصائب أهل الحق;label;pejorative;
badr-organization;فيلق بدر;name;historical;
badr-organization;منظمة بدر العراقية;name;;
harakat-al-nujaba;حركة حزب الله النجباء;name;;
harakat-al-nujaba;النجباء;short_name;ambiguous;حركة _|فصيل _|ميليشيا _|مليشيا _|فصائل _|كتائب حزب الله و_|مقاتلي _|عناصر _
kataib-sayyid-al-shuhada;كتائب سيد الشهداء العراقية;name;;
saraya-al-khorasani;سرايا طليعة الخراساني;name;;
mahdi-army;ميليشيا جيش المهدي;label;pejorative;
saraya-al-salam;سرايا السلام التابعة للتيار الصدري;name;;
naqshbandi-army;جيش الطريقة النقشبندية;short_name;;
naqshbandi-army;النقشبندية;short_name;ambiguous;جيش _|رجال _|مسلحي _|عناصر _|_ البعثي|_ البعثية
sahwa;مجالس الصحوة;name;;
sahwa;الصحوة;short_name;ambiguous;مجالس _|قوات _|عناصر _|مقاتلي _|مقاتلو _|قادة _|_ العراقية|أبناء _
sahwa;قوات الصحوة;name;;
# --- Iran --------------------------------------------------------------------
irgc;الحرس الثوري;short_name;;
irgc;حرس الثورة الإسلامية;self_designation;;
irgc;قوات الحرس الثوري;name;;
irgc;حرس الثورة;short_name;;
quds-force;قوة القدس;name;;
quds-force;فيلق القدس الإيراني;name;;
basij;الباسيج;name;article;
basij;قوات الباسيج;name;;
basij;البسيج;name;article;
basij;قوات التعبئة الشعبية;name;;
irgc-aerospace-force;القوة الجوفضائية;short_name;;
irgc-aerospace-force;القوة الجوفضائية التابعة للحرس الثوري;name;;
irgc-navy;بحرية الحرس الثوري;name;;
irgc-ground-forces;القوات البرية للحرس الثوري;name;;
liwa-fatemiyoun;الفاطميون;short_name;;
liwa-fatemiyoun;فاطميون;short_name;;
liwa-fatemiyoun;لواء الفاطميون;name;;
liwa-zainebiyoun;الزينبيون;short_name;;
liwa-zainebiyoun;زينبيون;short_name;;
liwa-zainebiyoun;لواء الزينبيون;name;;
mek;مجاهدي خلق;name;;
mek;مجاهدين خلق;name;;
mek;مجاهدو خلق;name;;
mek;منظمة مجاهدين خلق;name;;
mek;منظمة المنافقين;label;pejorative;
mek;زمرة المنافقين;label;pejorative;
jundallah-iran;جند الله;name;ambiguous;جماعة _|تنظيم _|_ البلوشية|_ الإيرانية|زعيم _
jundallah-iran;جماعة جند الله;name;;
jaysh-al-adl;جماعة جيش العدل;name;;
# --- Lebanon -----------------------------------------------------------------
hezbollah;حزب الله اللبناني;name;;
hezbollah;حزب الشيطان;label;pejorative;
hezbollah;حزب اللات;label;pejorative;
hezbollah;ميليشيا حزب الله;label;pejorative;
hezbollah;ميليشيات حزب الله;label;pejorative;
hezbollah;مليشيا حزب الله;label;pejorative;
islamic-resistance-lebanon;المقاومة الإسلامية اللبنانية;name;;
radwan-force;قوات الرضوان;name;;
radwan-force;وحدة الرضوان;name;;
saraya-al-muqawama;سرايا المقاومة;short_name;;
amal-movement;أمل;short_name;ambiguous;حركة _|_ الشيعية|مقاتلي _|مقاتلو _|عناصر _|مناصري _|أنصار _|حزب الله و_|_ وحزب الله|ميليشيا _|رئيس _|نواب _
amal-movement;أفواج المقاومة اللبنانية;name;;
jamaa-islamiya-lebanon;الجماعة الإسلامية;name;ambiguous;_ في لبنان|_ اللبنانية|_ بلبنان
jamaa-islamiya-lebanon;الجماعة الإسلامية اللبنانية;name;;
jamaa-islamiya-lebanon;الجماعة الإسلامية في لبنان;name;;
fajr-forces;قوات الفجر;name;ambiguous;_ التابعة للجماعة الإسلامية|_ الجناح العسكري|_ في لبنان|_ اللبنانية
south-lebanon-army;جيش لحد;label;historical;
south-lebanon-army;ميليشيا لحد;label;historical|pejorative;
# --- Palestine and Israel ----------------------------------------------------
hamas;حركة حماس;name;;
hamas;حماس;acronym;ambiguous;حركة _|قادة _|قيادي في _|القيادي في _|مقاتلي _|مقاتلو _|عناصر _|مسلحي _|وفد _|مكتب _ السياسي|رئيس المكتب السياسي ل_|_ وإسرائيل|إسرائيل و_|_ والجهاد الإسلامي|فتح و_|_ وفتح|سلطة _|حكومة _|كتائب القسام التابعة ل_|_ الإسلامية
qassam-brigades;كتائب القسام;short_name;;
qassam-brigades;القسام;short_name;ambiguous;مقاتلو _|مقاتلي _|عناصر _|_ الجناح العسكري|_ الذراع العسكرية|مجاهدو _|مجاهدي _|ناطق _|الناطق باسم _|المتحدث باسم _
qassam-brigades;كتائب الشهيد عز الدين القسام;name;;
palestinian-islamic-jihad;حركة الجهاد الإسلامي في فلسطين;name;;
palestinian-islamic-jihad;الجهاد الإسلامي;short_name;ambiguous;حركة _|_ الفلسطينية|_ في فلسطين|_ في غزة|قيادي في _|القيادي في _|مقاتلي _|مقاتلو _|عناصر _|حماس و_|_ وحماس|وفد _|أمين عام _|الأمين العام ل_
palestinian-islamic-jihad;حركة الجهاد الإسلامي الفلسطينية;name;;
fatah;فتح;short_name;ambiguous;حركة _|_ وحماس|حماس و_|قيادي في _|القيادي في _|عضو اللجنة المركزية لحركة _|اللجنة المركزية ل_|المجلس الثوري ل_|كتائب شهداء الأقصى التابعة ل_|عناصر _|مسلحي _|أنصار _
fatah;حركة التحرير الوطني الفلسطيني;name;;
al-aqsa-martyrs-brigades;شهداء الأقصى;short_name;ambiguous;كتائب _|مجموعات _|عناصر _|مقاتلي _|_ التابعة لفتح|_ التابعة لحركة فتح
pflp;الجبهة الشعبية;short_name;ambiguous;_ لتحرير فلسطين|_ الفلسطينية|قيادي في _|القيادي في _|عضو المكتب السياسي ل_|_ وحماس|حماس و_|الجهاد الإسلامي و_|_ والجهاد الإسلامي
abu-ali-mustafa-brigades;كتائب أبو علي مصطفى;name;;
pflp-gc;الجبهة الشعبية - القيادة العامة;short_name;;
pflp-gc;الجبهة الشعبية لتحرير فلسطين القيادة العامة;name;;
dflp;الجبهة الديمقراطية;short_name;ambiguous;_ لتحرير فلسطين|_ الفلسطينية|قيادي في _|القيادي في _|عضو المكتب السياسي ل_|_ وحماس|حماس و_
popular-resistance-committees;لجان المقاومة الشعبية في فلسطين;name;;
mujahideen-brigades;كتائب المجاهدين الفلسطينية;name;;
mujahideen-brigades;كتائب المجاهدين;name;ambiguous;_ الفلسطينية|_ في غزة|_ في فلسطين|_ الجناح العسكري لحركة المجاهدين
lions-den;عرين الأسود;name;ambiguous;مجموعة _|مجموعات _|كتيبة _|مقاتلي _|مقاتلو _|عناصر _|_ في نابلس|مسلحي _|مسلحو _
lions-den;مجموعة عرين الأسود;name;;
palestinian-security-forces;قوات الأمن الفلسطينية;name;;
palestinian-security-forces;أجهزة الأمن الفلسطينية;name;;
israel-defense-forces;جيش الاحتلال;label;pejorative;
israel-defense-forces;جيش الاحتلال الإسرائيلي;label;pejorative;
israel-defense-forces;قوات الاحتلال;label;pejorative;
israel-defense-forces;قوات الاحتلال الإسرائيلي;label;pejorative;
israel-defense-forces;قوات الاحتلال الإسرائيلية;label;pejorative;
israel-defense-forces;جيش الدفاع الإسرائيلي;self_designation;;
israel-defense-forces;القوات الإسرائيلية;name;;
israel-defense-forces;الجيش الصهيوني;label;pejorative;
israel-defense-forces;جيش العدو الإسرائيلي;label;pejorative;
israel-defense-forces;جيش العدو الصهيوني;label;pejorative;
golani-brigade;لواء جولاني;name;;
# --- Yemen and the Gulf --------------------------------------------------------
houthis;الحوثيون;name;;
houthis;الحوثيين;name;;
houthis;جماعة الحوثيين;name;;
houthis;الحركة الحوثية;name;;
houthis;جماعة أنصار الله;self_designation;;
houthis;أنصار الله;self_designation;ambiguous;جماعة _|حركة _|_ الحوثية|_ الحوثيين|_ الحوثي|مسلحي _|مسلحو _|مقاتلي _|مقاتلو _|قوات _|عناصر _|زعيم _|ناطق _|الناطق باسم _|المتحدث باسم _|حكومة _|_ في اليمن|_ اليمنية
houthis;ميليشيا الحوثي;label;pejorative;
houthis;ميليشيات الحوثي;label;pejorative;
houthis;مليشيا الحوثي;label;pejorative;
houthis;مليشيات الحوثي;label;pejorative;
houthis;الميليشيا الحوثية;label;pejorative;
houthis;الميليشيات الحوثية;label;pejorative;
houthis;المليشيا الحوثية;label;pejorative;
houthis;المليشيات الحوثية;label;pejorative;
yemeni-army;الجيش الوطني اليمني;name;;
yemeni-army;قوات الحكومة اليمنية;name;;
yemeni-army;القوات الحكومية اليمنية;name;;
yemeni-army;قوات الشرعية;label;;
stc-forces;قوات الانتقالي;short_name;;
stc-forces;قوات الانتقالي الجنوبي;short_name;;
stc-forces;القوات المسلحة الجنوبية;self_designation;;
security-belt-forces;الحزام الأمني;short_name;ambiguous;قوات _|عناصر _|_ في عدن|_ التابعة للانتقالي|_ التابعة للمجلس الانتقالي
giants-brigades;ألوية العمالقة الجنوبية;name;;
giants-brigades;قوات العمالقة;name;;
national-resistance-forces-yemen;حراس الجمهورية;self_designation;;
national-resistance-forces-yemen;قوات طارق صالح;label;;
national-resistance-forces-yemen;المقاومة الوطنية;short_name;ambiguous;قوات _|_ في الساحل الغربي|_ بقيادة طارق صالح|_ اليمنية
shabwani-elite-forces;النخبة الشبوانية;short_name;;
hadrami-elite-forces;النخبة الحضرمية;short_name;;
nation-shield-forces;درع الوطن;short_name;ambiguous;قوات _|ألوية _|_ اليمنية|_ في اليمن
saudi-led-coalition;تحالف دعم الشرعية في اليمن;self_designation;;
saudi-led-coalition;تحالف دعم الشرعية;self_designation;;
saudi-led-coalition;التحالف بقيادة السعودية;name;;
saudi-led-coalition;التحالف العسكري بقيادة السعودية;name;;
saudi-led-coalition;قوات التحالف العربي;name;;
saudi-led-coalition;تحالف العدوان;label;pejorative;
saudi-led-coalition;العدوان السعودي الأمريكي;label;pejorative;
saudi-armed-forces;الجيش السعودي;name;;
saudi-armed-forces;القوات السعودية;name;;
uae-armed-forces;القوات الإماراتية;name;;
uae-armed-forces;الجيش الإماراتي;name;;
saraya-al-ashtar;سرايا الأشتر البحرينية;name;;
saraya-al-mukhtar;سرايا المختار البحرينية;name;;
# --- Egypt, Maghreb, Libya -----------------------------------------------------
egyptian-armed-forces;الجيش المصري;name;;
egyptian-armed-forces;القوات المصرية;name;;
jordanian-armed-forces;الجيش الأردني;name;;
jordanian-armed-forces;القوات الأردنية;name;;
algerian-army;الجيش الجزائري;name;;
moroccan-army;القوات المسلحة الملكية المغربية;name;;
moroccan-army;القوات المسلحة الملكية;name;ambiguous;_ المغربية|_ بالمغرب|_ في المغرب
tunisian-army;الجيش الوطني التونسي;name;;
polisario-front;البوليساريو;short_name;;
polisario-front;الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب;name;;
polisario-front;جبهة البوليزاريو;short_name;;
sahrawi-peoples-liberation-army;الجيش الصحراوي;short_name;;
libyan-national-army;الجيش الليبي;self_designation;ambiguous;_ بقيادة حفتر|_ بقيادة خليفة حفتر|_ بقيادة المشير خليفة حفتر|_ التابع لحفتر|_ بقيادة المشير حفتر
libyan-national-army;قوات حفتر;label;;
libyan-national-army;ميليشيات حفتر;label;pejorative;
libyan-national-army;مليشيات حفتر;label;pejorative;
libyan-national-army;قوات القيادة العامة;name;;
libyan-national-army;القوات المسلحة العربية الليبية;self_designation;;
gna-forces;قوات الوفاق;short_name;historical;
gna-forces;قوات حكومة الوفاق;short_name;historical;
radaa-force;قوة الردع;short_name;ambiguous;_ الخاصة|_ في طرابلس|_ بطرابلس|_ الليبية|جهاز _
radaa-force;جهاز الردع;short_name;;
stability-support-apparatus;جهاز دعم الاستقرار الليبي;name;;
# --- Sudan and the Horn --------------------------------------------------------
sudanese-armed-forces;الجيش السوداني;name;;
sudanese-armed-forces;القوات السودانية;name;;
janjaweed;الجنجويد;name;article;
janjaweed;ميليشيات الجنجويد;label;pejorative;
janjaweed;ميليشيا الجنجويد;label;pejorative;
rapid-support-forces;الدعم السريع;short_name;;
rapid-support-forces;ميليشيا الدعم السريع;label;pejorative;
rapid-support-forces;ميليشيات الدعم السريع;label;pejorative;
rapid-support-forces;مليشيا الدعم السريع;label;pejorative;
rapid-support-forces;مليشيات الدعم السريع;label;pejorative;
al-baraa-bin-malik-brigade;لواء البراء بن مالك;name;;
jem;حركة العدل والمساواة السودانية;name;;
sudan-liberation-movement;حركة جيش تحرير السودان;name;;
splm-n;الحركة الشعبية - شمال;short_name;;
splm-n;الحركة الشعبية لتحرير السودان شمال;name;;
splm-io;الحركة الشعبية في المعارضة;short_name;;
tplf;جبهة تحرير تيغراي;short_name;;
tplf;قوات تيغراي;name;;
tplf;الجبهة الشعبية لتحرير تيغراي;name;;
fano;ميليشيا فانو;label;;
fano;ميليشيات فانو;label;;
ethiopian-army;القوات الإثيوبية;name;;
somali-army;القوات الصومالية;name;;
# --- Sahel, West and Central Africa ----------------------------------------------
mnla;الحركة الوطنية لتحرير أزواد;name;;
mnla;حركة تحرير أزواد;short_name;;
malian-army;القوات المالية;name;;
malian-army;القوات المسلحة المالية;name;;
nigerian-army;القوات النيجيرية;name;ambiguous;_ في نيجيريا|الجيش و_|_ المسلحة|_ والكاميرونية
chadian-army;القوات التشادية;name;;
m23;حركة إم 23;name;;
m23;إم 23;acronym;;
lords-resistance-army;جيش الرب;short_name;;
seleka;سيليكا;short_name;;
anti-balaka;ميليشيات أنتي بالاكا;label;;
anti-balaka;ميليشيا أنتي بالاكا;label;;
# --- Russia, Ukraine, PMCs -----------------------------------------------------------
wagner-group;فاغنر;short_name;;
wagner-group;قوات فاغنر;name;;
wagner-group;مجموعة فاجنر;name;;
wagner-group;فاجنر;short_name;;
wagner-group;قوات فاجنر;name;;
wagner-group;مرتزقة فاغنر;label;pejorative;
wagner-group;مرتزقة فاجنر;label;pejorative;
wagner-group;شركة فاغنر;name;;
wagner-group;شركة فاغنر العسكرية الخاصة;name;;
africa-corps;الفيلق الأفريقي;name;ambiguous;_ الروسي|_ التابع لوزارة الدفاع الروسية|عناصر _|مقاتلي _|مقاتلو _|مرتزقة _|قوات _|_ في مالي|_ في ليبيا
africa-corps;الفيلق الأفريقي الروسي;name;;
russian-armed-forces;القوات الروسية;name;;
russian-armed-forces;القوات المسلحة الروسية;name;;
ukrainian-armed-forces;القوات الأوكرانية;name;;
ukrainian-armed-forces;القوات المسلحة الأوكرانية;name;;
azov;فوج آزوف;name;;
azov;لواء آزوف;name;;
# --- Other state forces and coalitions ------------------------------------------------
us-armed-forces;القوات الأميركية;name;;
us-armed-forces;الجيش الأمريكي;name;;
us-armed-forces;الجيش الأميركي;name;;
us-armed-forces;القوات المسلحة الأمريكية;name;;
us-armed-forces;قوات الاحتلال الأمريكي;label;pejorative|historical;
centcom;القيادة المركزية الأميركية;name;;
centcom;سنتكوم;acronym;;
anti-isis-coalition;التحالف الدولي;short_name;ambiguous;طيران _|طائرات _|غارات _|غارة ل_|قوات _|_ ضد داعش|_ لمحاربة داعش|_ بقيادة واشنطن|_ بقيادة الولايات المتحدة|_ بقيادة أمريكا|_ ضد تنظيم الدولة|مقاتلات _
anti-isis-coalition;التحالف الدولي لمحاربة داعش;name;;
anti-isis-coalition;التحالف الدولي ضد تنظيم الدولة الإسلامية;name;;
anti-isis-coalition;التحالف الدولي بقيادة الولايات المتحدة;name;;
anti-isis-coalition;التحالف الدولي بقيادة واشنطن;name;;
french-armed-forces;القوات الفرنسية;name;;
turkish-armed-forces;القوات التركية;name;;
turkish-armed-forces;القوات المسلحة التركية;name;;
pakistan-army;القوات الباكستانية;name;;
indian-army;القوات الهندية;name;;
# --- Elsewhere ------------------------------------------------------------------------
farc;فارك;acronym;;
farc;القوات المسلحة الثورية لكولومبيا;name;;
eln;جيش التحرير الوطني;name;ambiguous;_ الكولومبي|_ في كولومبيا|_ بكولومبيا|متمردي _|متمردو _
eln;جيش التحرير الوطني الكولومبي;name;;
shining-path;الطريق المضيء;name;;
eta;إيتا;short_name;;
eta;منظمة إيتا الانفصالية;name;;
"""

# ---------------------------------------------------------------------------
# normalization and validation
# ---------------------------------------------------------------------------
_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ئ": "ي", "ؤ": "و"})


def normalize(text: str) -> str:
    text = _DIACRITICS.sub("", text).translate(_FOLD)
    return " ".join(text.split())


def load_sources(src: Path):
    un = {}
    with open(src / "armed_groups.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            un[row["un_ref"]] = row["name"]
    ofac = {}
    with open(src / "us_ofac_terror_entities.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            ofac[row["ofac_ent_num"]] = (row["name"], row["programs"].split("|"))
    iso2 = set()
    with open(src / "countries.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            iso2.add(row["iso2"])
    return un, ofac, iso2


def lines(block: str):
    for n, line in enumerate(block.strip("\n").split("\n"), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, line


def build(src: Path):
    un, ofac, iso2 = load_sources(src)
    errors = []
    records = []
    ids = {}
    for n, line in lines(RECORDS):
        f = line.split(";")
        if len(f) != 10:
            errors.append(f"record line {n}: {len(f)} fields: {line}")
            continue
        rid, name_ar, name_en, cat, countries, parent, preds, un_refs, ofac_ids, qid = f
        designations, sources = [], []
        for ref in filter(None, un_refs.split("|")):
            if ref not in un:
                errors.append(f"{rid}: UN ref {ref} not in the source list")
            designations.append(f"UN:{ref}")
        fto = sdgt = False
        for num in filter(None, ofac_ids.split("|")):
            if num not in ofac:
                errors.append(f"{rid}: OFAC entity {num} not in the source list")
                continue
            progs = ofac[num][1]
            fto |= "FTO" in progs
            sdgt |= "SDGT" in progs
            if "FTO" not in progs and "SDGT" not in progs:
                errors.append(f"{rid}: OFAC entity {num} has neither FTO nor SDGT")
        if fto:
            designations.append("US-FTO")
        if sdgt:
            designations.append("US-SDGT")
        if un_refs:
            sources.append("un-sc")
        if ofac_ids:
            sources.append("ofac-sdn")
        if qid:
            sources.append("wikidata")
        sources.append("curated")
        if rid in ids:
            errors.append(f"duplicate id {rid}")
        ids[rid] = len(records)
        records.append([rid, name_ar, name_en, cat, countries, parent, preds,
                        "|".join(designations), qid, "|".join(sources)])

    aliases = []
    for n, line in lines(ALIASES):
        f = line.split(";")
        if len(f) not in (5, 6):
            errors.append(f"alias line {n}: {len(f)} fields: {line}")
            continue
        rid, alias, form, flags, cues = f[:5]
        source = (f[5] + "|curated") if len(f) == 6 and f[5] else "curated"
        aliases.append([rid, alias, form, flags, cues, source])

    # --- validation ---
    id_re = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    qid_re = re.compile(r"^Q[1-9][0-9]*$")
    date_re = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for r in records:
        rid, name_ar, name_en, cat, countries, parent, preds, des, qid, source = r
        if not id_re.match(rid):
            errors.append(f"bad id {rid}")
        if not name_ar.strip() or not name_en.strip():
            errors.append(f"{rid}: empty name")
        if cat not in CATEGORIES:
            errors.append(f"{rid}: bad category {cat}")
        cs = countries.split("|") if countries else []
        if not cs:
            errors.append(f"{rid}: no country")
        for c in cs:
            if c not in iso2:
                errors.append(f"{rid}: country {c} not an iso2 code")
        if len(set(cs)) != len(cs):
            errors.append(f"{rid}: repeated country")
        if parent and parent not in ids:
            errors.append(f"{rid}: parent {parent} unknown")
        if parent == rid:
            errors.append(f"{rid}: own parent")
        for p in filter(None, preds.split("|")):
            pid, _, date = p.partition("@")
            if pid not in ids or pid == rid:
                errors.append(f"{rid}: predecessor {pid} unknown")
            if date and not date_re.match(date):
                errors.append(f"{rid}: bad date {date}")
        if qid and not qid_re.match(qid):
            errors.append(f"{rid}: bad QID {qid}")
        for cell in r:
            if "\t" in cell or "\n" in cell:
                errors.append(f"{rid}: tab/newline in a cell")
    # parent cycles
    for r in records:
        seen, cur = set(), r[0]
        while cur:
            if cur in seen:
                errors.append(f"parent cycle at {r[0]}")
                break
            seen.add(cur)
            cur = records[ids[cur]][5] if cur in ids else ""

    # implicit name aliases + explicit rows, uniqueness after normalization
    owners = {}  # normalized alias -> {id: ambiguous?}
    explicit = {}
    for a in aliases:
        rid, alias, form, flags, cues, source = a
        if rid not in ids:
            errors.append(f"alias for unknown id {rid}: {alias}")
        if not alias.strip():
            errors.append(f"{rid}: empty alias")
        if alias != alias.strip() or "  " in alias:
            errors.append(f"{rid}: stray spaces in alias {alias!r}")
        if form not in FORMS:
            errors.append(f"{rid}: bad form {form}")
        fl = flags.split("|") if flags else []
        for x in fl:
            if x not in FLAGS:
                errors.append(f"{rid}: bad flag {x}")
        cl = cues.split("|") if cues else []
        if "ambiguous" in fl and not cl:
            errors.append(f"{rid}: ambiguous alias {alias} without cues")
        if cl and "ambiguous" not in fl:
            errors.append(f"{rid}: cues on unambiguous alias {alias}")
        for c in cl:
            if c.count("_") != 1 or c.strip() == "_":
                errors.append(f"{rid}: bad cue {c!r}")
        key = (rid, normalize(alias))
        if key in explicit:
            errors.append(f"{rid}: duplicate alias {alias}")
        explicit[key] = "ambiguous" in fl
    for (rid, norm), amb in explicit.items():
        owners.setdefault(norm, {})[rid] = amb
    for r in records:
        key = (r[0], normalize(r[1]))
        if key not in explicit:
            owners.setdefault(key[1], {})[r[0]] = False
    for norm, who in owners.items():
        if len(who) > 1 and not all(who.values()):
            errors.append(f"alias {norm} shared by {sorted(who)} without all rows ambiguous")
    return records, aliases, errors


def render(header, rows):
    return "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data-sources")
    ap.add_argument("--out", type=Path, default=ROOT / "gazetteers")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    records, aliases, errors = build(args.sources)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    out = {"armed_groups.tsv": render(RECORD_HEADER, records),
           "armed_group_aliases.tsv": render(ALIAS_HEADER, aliases)}
    for name, text in out.items():
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                print(f"{path} is out of date", file=sys.stderr)
                sys.exit(1)
        else:
            path.write_text(text, encoding="utf-8")
    print(f"{len(records)} groups, {len(aliases)} alias rows")


if __name__ == "__main__":
    main()
