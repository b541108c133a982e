#!/usr/bin/env python3
"""Build the officials gazetteer of alam from the Wikidata-derived seed table.

    python3 tools/build_officials.py [--seed /work/shared/data-sources] [--out gazetteers]

Inputs
  SEED/officials.tsv   heads of state / government with tenures (Wikidata, CC0, via
                       GitHub cfmessias/geografia) and Arabic names matched in
                       ArWikiCats peoples.json (MIT)
  SEED/countries.tsv   ISO codes and UN membership (to keep only sovereign states)
  the curated tables below (names, extra terms, fixes, aliases), checked by hand.

Outputs (in OUT): officials.tsv, offices.tsv, official_aliases.tsv.
The run is deterministic: same inputs, same bytes.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

# ---------------------------------------------------------------------------
# 1. Persons taken from the Wikidata table.  qid | id | name_ar | name_en
#    name_ar "=" means: use the ArWikiCats Arabic name (disambiguator stripped).
#    Every ArWikiCats-named person with a post-2000 term is included even if not
#    listed here (id from the English label); listing one overrides id / name.
# ---------------------------------------------------------------------------
WD_PERSONS = """
Q167846|zayed-bin-sultan-al-nahyan|زايد بن سلطان آل نهيان|Zayed bin Sultan Al Nahyan
Q215477|maktoum-bin-rashid-al-maktoum|مكتوم بن راشد آل مكتوم|Maktoum bin Rashid Al Maktoum
Q1059948|khalifa-bin-zayed-al-nahyan|خليفة بن زايد آل نهيان|Khalifa bin Zayed Al Nahyan
Q57655|mohammed-bin-rashid-al-maktoum|محمد بن راشد آل مكتوم|Mohammed bin Rashid Al Maktoum
Q1951896|mohammed-bin-zayed-al-nahyan|محمد بن زايد آل نهيان|Mohamed bin Zayed Al Nahyan
Q193968|mullah-omar|الملا محمد عمر|Mullah Omar
Q188667|burhanuddin-rabbani|برهان الدين رباني|Burhanuddin Rabbani
Q172388|ashraf-ghani|أشرف غني|Ashraf Ghani
Q24237654|hibatullah-akhundzada|هبة الله أخوند زاده|Hibatullah Akhundzada
Q108444479|mohammad-hasan-akhund|محمد حسن أخوند|Mohammad Hasan Akhund
Q57726|khalifa-bin-salman-al-khalifa|خليفة بن سلمان آل خليفة|Khalifa bin Salman Al Khalifa
Q57352|hamad-bin-isa-al-khalifa|حمد بن عيسى آل خليفة|Hamad bin Isa Al Khalifa
Q58140|salman-bin-hamad-al-khalifa|سلمان بن حمد آل خليفة|Salman bin Hamad Al Khalifa
Q18285|zhu-rongji|تشو رونغ جي|Zhu Rongji
Q16628|wen-jiabao|ون جيا باو|Wen Jiabao
Q4414390|li-qiang|لي تشيانغ|Li Qiang
Q61053|olaf-scholz|أولاف شولتس|Olaf Scholz
Q566257|friedrich-merz|فريدريش ميرتس|Friedrich Merz
Q57390|ismail-omar-guelleh|إسماعيل عمر جيله|Ismaïl Omar Guelleh
Q10522744|abdoulkader-kamil-mohamed|عبد القادر كامل محمد|Abdoulkader Kamil Mohamed
Q57308|abdelaziz-bouteflika|عبد العزيز بوتفليقة|Abdelaziz Bouteflika
Q401173|ahmed-benbitour|أحمد بن بيتور|Ahmed Benbitour
Q327016|ali-benflis|علي بن فليس|Ali Benflis
Q57613|ahmed-ouyahia|أحمد أويحيى|Ahmed Ouyahia
Q307857|abdelaziz-belkhadem|عبد العزيز بلخادم|Abdelaziz Belkhadem
Q57901|abdelmalek-sellal|عبد المالك سلال|Abdelmalek Sellal
Q3572799|youcef-yousfi|يوسف يوسفي|Youcef Yousfi
Q2821166|abdelmadjid-tebboune|عبد المجيد تبون|Abdelmadjid Tebboune
Q20109520|noureddine-bedoui|نور الدين بدوي|Noureddine Bedoui
Q2821079|abdelkader-bensalah|عبد القادر بن صالح|Abdelkader Bensalah
Q62635974|sabri-boukadoum|صبري بوقدوم|Sabri Boukadoum
Q80100650|abdelaziz-djerad|عبد العزيز جراد|Abdelaziz Djerad
Q96612848|aymen-benabderrahmane|أيمن بن عبد الرحمن|Aymen Benabderrahmane
Q109784588|nadir-larbaoui|نذير العرباوي|Nadir Larbaoui
Q133540883|sifi-ghrieb|سيفي غريب|Sifi Ghrieb
Q34105|hosni-mubarak|حسني مبارك|Hosni Mubarak
Q559232|atef-ebeid|عاطف عبيد|Atef Ebeid
Q220296|ahmed-nazif|أحمد نظيف|Ahmed Nazif
Q294765|ahmed-shafik|أحمد شفيق|Ahmed Shafik
Q57680|essam-sharaf|عصام شرف|Essam Sharaf
Q365922|kamal-el-ganzouri|كمال الجنزوري|Kamal El-Ganzouri
Q57728|hesham-qandil|هشام قنديل|Hesham Qandil
Q13593432|adly-mansour|عدلي منصور|Adly Mansour
Q1592085|hazem-el-beblawi|حازم الببلاوي|Hazem El Beblawi
Q307871|abdel-fattah-el-sisi|عبد الفتاح السيسي|Abdel Fattah el-Sisi
Q15830552|ibrahim-mahlab|إبراهيم محلب|Ibrahim Mahlab
Q16250142|sherif-ismail|شريف إسماعيل|Sherif Ismail
Q54901515|mostafa-madbouly|مصطفى مدبولي|Mostafa Madbouly
Q57348|isaias-afwerki|أسياس أفورقي|Isaias Afwerki
Q161184|meles-zenawi|ملس زيناوي|Meles Zenawi
Q381071|hailemariam-desalegn|هايلي ماريام ديسالين|Hailemariam Desalegn
Q50365049|abiy-ahmed|آبي أحمد|Abiy Ahmed
Q7711|jean-marc-ayrault|جان مارك آيرولت|Jean-Marc Ayrault
Q10287|manuel-valls|مانويل فالس|Manuel Valls
Q560890|bernard-cazeneuve|برنار كازنوف|Bernard Cazeneuve
Q3579995|edouard-philippe|إدوار فيليب|Édouard Philippe
Q3171170|jean-castex|جان كاستكس|Jean Castex
Q20020731|elisabeth-borne|إليزابيث بورن|Élisabeth Borne
Q30339350|gabriel-attal|غابرييل أتال|Gabriel Attal
Q438465|michel-barnier|ميشال بارنييه|Michel Barnier
Q12963|francois-bayrou|فرانسوا بايرو|François Bayrou
Q20089181|sebastien-lecornu|سيباستيان لوكورنو|Sébastien Lecornu
Q9682|elizabeth-ii|إليزابيث الثانية|Elizabeth II
Q43274|charles-iii|تشارلز الثالث|Charles III
Q272201|liz-truss|ليز تراس|Liz Truss
Q6383803|keir-starmer|كير ستارمر|Keir Starmer
Q125731|ehud-barak|إيهود باراك|Ehud Barak
Q181832|moshe-katsav|موشيه كتساف|Moshe Katsav
Q93181|ehud-olmert|إيهود أولمرت|Ehud Olmert
Q455854|reuven-rivlin|رؤوفين ريفلين|Reuven Rivlin
Q39318|naftali-bennett|نفتالي بينيت|Naftali Bennett
Q983258|isaac-herzog|إسحاق هرتسوغ|Isaac Herzog
Q1396120|yair-lapid|يائير لابيد|Yair Lapid
Q316495|ibrahim-al-jaafari|إبراهيم الجعفري|Ibrahim al-Jaafari
Q313816|ayad-allawi|إياد علاوي|Ayad Allawi
Q57306|jalal-talabani|جلال طالباني|Jalal Talabani
Q180911|ghazi-al-yawar|غازي الياور|Ghazi al-Yawar
Q57673|nouri-al-maliki|نوري المالكي|Nouri al-Maliki
Q17410819|fuad-masum|فؤاد معصوم|Fuad Masum
Q5639013|haider-al-abadi|حيدر العبادي|Haider al-Abadi
Q808173|barham-salih|برهم صالح|Barham Salih
Q357116|adil-abdul-mahdi|عادل عبد المهدي|Adil Abdul-Mahdi
Q85317569|mustafa-al-kadhimi|مصطفى الكاظمي|Mustafa al-Kadhimi
Q6496078|abdul-latif-rashid|عبد اللطيف رشيد|Abdul Latif Rashid
Q3700793|mohammed-shia-al-sudani|محمد شياع السوداني|Mohammed Shia al-Sudani
Q348144|hassan-rouhani|حسن روحاني|Hassan Rouhani
Q5933752|masoud-pezeshkian|مسعود بزشكيان|Masoud Pezeshkian
Q57464|abdullah-ii-of-jordan|عبد الله الثاني|Abdullah II of Jordan
Q2067199|abdul-raouf-al-rawabdeh|عبد الرؤوف الروابدة|Abdul Raouf al-Rawabdeh
Q2509606|ali-abu-al-ragheb|علي أبو الراغب|Ali Abu al-Ragheb
Q1393504|faisal-al-fayez|فيصل الفايز|Faisal al-Fayez
Q359372|adnan-badran|عدنان بدران|Adnan Badran
Q299743|marouf-al-bakhit|معروف البخيت|Marouf al-Bakhit
Q362289|nader-al-dahabi|نادر الذهبي|Nader al-Dahabi
Q467852|samir-al-rifai|سمير الرفاعي|Samir al-Rifai
Q441349|awn-al-khasawneh|عون الخصاونة|Awn al-Khasawneh
Q512535|fayez-al-tarawneh|فايز الطراونة|Fayez al-Tarawneh
Q34426|abdullah-ensour|عبد الله النسور|Abdullah Ensour
Q5648173|hani-al-mulki|هاني الملقي|Hani al-Mulki
Q29512679|omar-al-razzaz|عمر الرزاز|Omar al-Razzaz
Q63441935|bisher-al-khasawneh|بشر الخصاونة|Bisher al-Khasawneh
Q97011032|jafar-hassan|جعفر حسان|Jafar Hassan
Q515602|azali-assoumani|غزالي عثماني|Azali Assoumani
Q311129|ahmed-abdallah-sambi|أحمد عبد الله سامبي|Ahmed Abdallah Sambi
Q57458|ikililou-dhoinine|إكليل ظنين|Ikililou Dhoinine
Q217194|jaber-al-ahmad-al-sabah|جابر الأحمد الجابر الصباح|Jaber Al-Ahmad Al-Sabah
Q313661|saad-al-abdullah-al-sabah|سعد العبد الله السالم الصباح|Saad Al-Abdullah Al-Sabah
Q57555|sabah-al-ahmad-al-sabah|صباح الأحمد الجابر الصباح|Sabah Al-Ahmad Al-Jaber Al-Sabah
Q334718|nasser-al-mohammed-al-sabah|ناصر المحمد الأحمد الصباح|Nasser Al-Mohammed Al-Sabah
Q57894|jaber-al-mubarak-al-sabah|جابر المبارك الحمد الصباح|Jaber Al-Mubarak Al-Hamad Al-Sabah
Q12219691|sabah-al-khalid-al-sabah|صباح الخالد الحمد الصباح|Sabah Al-Khalid Al-Sabah
Q641805|nawaf-al-ahmad-al-sabah|نواف الأحمد الجابر الصباح|Nawaf Al-Ahmad Al-Jaber Al-Sabah
Q3327520|mohammad-sabah-al-salem-al-sabah|محمد صباح السالم الصباح|Mohammad Sabah Al-Salem Al-Sabah
Q109259869|ahmad-nawaf-al-sabah|أحمد نواف الأحمد الصباح|Ahmad Nawaf Al-Ahmad Al-Sabah
Q12243161|mishal-al-ahmad-al-sabah|مشعل الأحمد الجابر الصباح|Mishal Al-Ahmad Al-Jaber Al-Sabah
Q16151955|ahmad-abdullah-al-sabah|أحمد عبد الله الأحمد الصباح|Ahmad Abdullah Al-Ahmad Al-Sabah
Q206479|emile-lahoud|إميل لحود|Émile Lahoud
Q2094707|selim-hoss|سليم الحص|Selim Hoss
Q192778|rafik-hariri|رفيق الحريري|Rafic Hariri
Q396606|omar-karami|عمر كرامي|Omar Karami
Q318493|najib-mikati|نجيب ميقاتي|Najib Mikati
Q314263|fouad-siniora|فؤاد السنيورة|Fouad Siniora
Q57427|michel-suleiman|ميشال سليمان|Michel Suleiman
Q296771|saad-hariri|سعد الحريري|Saad Hariri
Q3514836|tammam-salam|تمام سلام|Tammam Salam
Q363392|michel-aoun|ميشال عون|Michel Aoun
Q5679624|hassan-diab|حسان دياب|Hassan Diab
Q29033962|joseph-aoun|جوزاف عون|Joseph Aoun
Q638463|nawaf-salam|نواف سلام|Nawaf Salam
Q471125|shukri-ghanem|شكري غانم|Shukri Ghanem
Q82093|al-baghdadi-al-mahmudi|البغدادي المحمودي|Al-Baghdadi Al-Mahmudi
Q296724|mahmoud-jibril|محمود جبريل|Mahmoud Jibril
Q715354|ali-tarhouni|علي الترهوني|Ali Tarhouni
Q40579|abdurrahim-el-keib|عبد الرحيم الكيب|Abdurrahim El-Keib
Q57847|ali-zeidan|علي زيدان|Ali Zeidan
Q15925685|abdullah-al-thani-libya|عبد الله الثني|Abdullah al-Thani
Q16747415|ahmed-maiteeq|أحمد معيتيق|Ahmed Maiteeq
Q17613400|omar-al-hassi|عمر الحاسي|Omar al-Hassi
Q19745310|khalifa-al-ghawil|خليفة الغويل|Khalifa al-Ghawil
Q21089561|fayez-al-sarraj|فايز السراج|Fayez al-Sarraj
Q105319610|mohamed-al-menfi|محمد المنفي|Mohamed al-Menfi
Q63285566|fathi-bashagha|فتحي باشاغا|Fathi Bashagha
Q470946|abderrahmane-youssoufi|عبد الرحمن اليوسفي|Abderrahmane Youssoufi
Q57553|mohammed-vi-of-morocco|محمد السادس|Mohammed VI of Morocco
Q317670|driss-jettou|إدريس جطو|Driss Jettou
Q305956|abbas-el-fassi|عباس الفاسي|Abbas El Fassi
Q307921|abdelilah-benkirane|عبد الإله بنكيران|Abdelilah Benkirane
Q2033385|saadeddine-othmani|سعد الدين العثماني|Saadeddine Othmani
Q1638114|aziz-akhannouch|عزيز أخنوش|Aziz Akhannouch
Q313662|maaouya-ould-taya|معاوية ولد سيدي أحمد الطايع|Maaouya Ould Sid'Ahmed Taya
Q451521|ely-ould-mohamed-vall|اعلي ولد محمد فال|Ely Ould Mohamed Vall
Q310203|sidi-ould-cheikh-abdallahi|سيدي محمد ولد الشيخ عبد الله|Sidi Ould Cheikh Abdallahi
Q184941|zeine-ould-zeidane|الزين ولد زيدان|Zeine Ould Zeidane
Q294969|mohamed-ould-abdel-aziz|محمد ولد عبد العزيز|Mohamed Ould Abdel Aziz
Q440509|moulaye-ould-mohamed-laghdaf|مولاي ولد محمد لقظف|Moulaye Ould Mohamed Laghdaf
Q3571335|yahya-ould-hademine|يحيى ولد حدمين|Yahya Ould Hademine
Q12241106|mohamed-ould-ghazouani|محمد ولد الشيخ الغزواني|Mohamed Ould Ghazouani
Q98137599|mohamed-ould-bilal|محمد ولد بلال|Mohamed Ould Bilal
Q66793577|moctar-ould-djay|المختار ولد اجاي|Moctar Ould Djay
Q57331|qaboos-bin-said|قابوس بن سعيد|Qaboos bin Said
Q12250314|haitham-bin-tariq|هيثم بن طارق|Haitham bin Tariq
Q378833|ahmed-qurei|أحمد قريع|Ahmed Qurei
Q152378|ismail-haniyeh|إسماعيل هنية|Ismail Haniyeh
Q57741|salam-fayyad|سلام فياض|Salam Fayyad
Q13415154|rami-hamdallah|رامي الحمد الله|Rami Hamdallah
Q16192933|mohammad-shtayyeh|محمد اشتية|Mohammad Shtayyeh
Q57360|hamad-bin-khalifa-al-thani|حمد بن خليفة آل ثاني|Hamad bin Khalifa Al Thani
Q317771|abdullah-bin-khalifa-al-thani|عبد الله بن خليفة آل ثاني|Abdullah bin Khalifa Al Thani
Q57734|hamad-bin-jassim-al-thani|حمد بن جاسم بن جبر آل ثاني|Hamad bin Jassim bin Jaber Al Thani
Q1855372|tamim-bin-hamad-al-thani|تميم بن حمد آل ثاني|Tamim bin Hamad Al Thani
Q4666105|abdullah-bin-nasser-al-thani|عبد الله بن ناصر بن خليفة آل ثاني|Abdullah bin Nasser bin Khalifa Al Thani
Q83849153|khalid-bin-khalifa-al-thani|خالد بن خليفة بن عبد العزيز آل ثاني|Khalid bin Khalifa bin Abdulaziz Al Thani
Q23020336|mohammed-bin-abdulrahman-al-thani|محمد بن عبد الرحمن آل ثاني|Mohammed bin Abdulrahman Al Thani
Q62551|mikhail-kasyanov|ميخائيل كاسيانوف|Mikhail Kasyanov
Q150080|mikhail-fradkov|ميخائيل فرادكوف|Mikhail Fradkov
Q147425|viktor-zubkov|فيكتور زوبكوف|Viktor Zubkov
Q23530|dmitry-medvedev|دميتري ميدفيديف|Dmitry Medvedev
Q4298520|mikhail-mishustin|ميخائيل ميشوستين|Mikhail Mishustin
Q183187|fahd-bin-abdulaziz|فهد بن عبد العزيز|King Fahd of Saudi Arabia
Q57298|abdullah-bin-abdulaziz|عبد الله بن عبد العزيز|King Abdullah of Saudi Arabia
Q367825|salman-bin-abdulaziz|سلمان بن عبد العزيز|King Salman of Saudi Arabia
Q6892571|mohammed-bin-salman|محمد بن سلمان|Mohammed bin Salman
Q57265|omar-al-bashir|عمر البشير|Omar al-Bashir
Q15700032|bakri-hassan-saleh|بكري حسن صالح|Bakri Hassan Saleh
Q56556415|motazz-moussa|معتز موسى|Motazz Moussa
Q48728938|mohamed-tahir-ayala|محمد طاهر أيلا|Mohamed Tahir Ayala
Q22949078|ahmed-awad-ibn-auf|عوض ابن عوف|Ahmed Awad Ibn Auf
Q63111184|abdel-fattah-al-burhan|عبد الفتاح البرهان|Abdel Fattah al-Burhan
Q27654948|abdalla-hamdok|عبد الله حمدوك|Abdalla Hamdok
Q6357939|kamil-idris|كامل إدريس|Kamil Idris
Q308184|abdiqasim-salad-hassan|عبد القاسم صلاد حسن|Abdiqasim Salad Hassan
Q215585|abdullahi-yusuf-ahmed|عبد الله يوسف أحمد|Abdullahi Yusuf Ahmed
Q270783|sharif-sheikh-ahmed|شريف شيخ أحمد|Sharif Sheikh Ahmed
Q57899|omar-abdirashid-sharmarke|عمر عبد الرشيد شرماركي|Omar Abdirashid Ali Sharmarke
Q558575|mohamed-abdullahi-farmajo|محمد عبد الله فرماجو|Mohamed Abdullahi Farmajo
Q28824125|hassan-ali-khaire|حسن علي خيري|Hassan Ali Khaire
Q99605101|mohamed-hussein-roble|محمد حسين روبلي|Mohamed Hussein Roble
Q112598575|hamza-abdi-barre|حمزة عبدي بري|Hamza Abdi Barre
Q57315|salva-kiir|سلفا كير ميارديت|Salva Kiir Mayardit
Q1884964|mahmoud-al-zoubi|محمود الزعبي|Mahmoud al-Zoubi
Q403471|muhammad-mustafa-mero|محمد مصطفى ميرو|Muhammad Mustafa Mero
Q307237|abdul-halim-khaddam|عبد الحليم خدام|Abdul Halim Khaddam
Q336406|muhammad-naji-al-otari|محمد ناجي عطري|Muhammad Naji al-Otari
Q353713|adel-safar|عادل سفر|Adel Safar
Q354642|riyad-hijab|رياض حجاب|Riyad Hijab
Q713915|wael-al-halqi|وائل الحلقي|Wael al-Halqi
Q6001983|imad-khamis|عماد خميس|Imad Khamis
Q60455401|hussein-arnous|حسين عرنوس|Hussein Arnous
Q122759674|mohammad-ghazi-al-jalali|محمد غازي الجلالي|Mohammad Ghazi al-Jalali
Q131377413|mohammed-al-bashir|محمد البشير|Mohammed al-Bashir
Q7934206|ahmed-al-sharaa|أحمد الشرع|Ahmed al-Sharaa
Q204487|zine-el-abidine-ben-ali|زين العابدين بن علي|Zine El Abidine Ben Ali
Q152369|fouad-mebazaa|فؤاد المبزع|Fouad Mebazaa
Q4715|moncef-marzouki|منصف المرزوقي|Moncef Marzouki
Q57699|hamadi-jebali|حمادي الجبالي|Hamadi Jebali
Q281184|ali-laarayedh|علي العريض|Ali Laarayedh
Q15304780|mehdi-jomaa|مهدي جمعة|Mehdi Jomaa
Q313539|beji-caid-essebsi|الباجي قايد السبسي|Beji Caid Essebsi
Q3125311|habib-essid|الحبيب الصيد|Habib Essid
Q25391268|youssef-chahed|يوسف الشاهد|Youssef Chahed
Q3318530|mohamed-ennaceur|محمد الناصر|Mohamed Ennaceur
Q16120878|kais-saied|قيس سعيد|Kais Saied
Q3051875|elyes-fakhfakh|إلياس الفخفاخ|Elyes Fakhfakh
Q88485687|hichem-mechichi|هشام المشيشي|Hichem Mechichi
Q108741355|najla-bouden|نجلاء بودن|Najla Bouden
Q121088468|ahmed-hachani|أحمد الحشاني|Ahmed Hachani
Q128723414|kamel-madouri|كمال المدوري|Kamel Madouri
Q108892374|sara-zaafrani|سارة الزعفراني|Sara Zaafrani
Q151729|suleyman-demirel|سليمان دميريل|Süleyman Demirel
Q192634|bulent-ecevit|بولنت أجاويد|Bülent Ecevit
Q165487|ahmet-necdet-sezer|أحمد نجدت سيزر|Ahmet Necdet Sezer
Q42852|abdullah-gul|عبد الله غول|Abdullah Gül
Q58198|ahmet-davutoglu|أحمد داود أوغلو|Ahmet Davutoğlu
Q863496|binali-yildirim|بن علي يلدريم|Binali Yıldırım
Q22686|donald-trump|دونالد ترامب|Donald Trump
Q483672|ali-abdullah-saleh|علي عبد الله صالح|Ali Abdullah Saleh
Q4119595|abdul-karim-al-iryani|عبد الكريم الإرياني|Abdul Karim al-Iryani
Q307338|abdul-qadir-bajamal|عبد القادر باجمال|Abdul Qadir Bajamal
Q362268|ali-mohammed-mujawar|علي محمد مجور|Ali Mohammed Mujawar
Q57905|mohammed-basindawa|محمد سالم باسندوة|Mohammed Basindawa
Q57480|abdrabbuh-mansur-hadi|عبد ربه منصور هادي|Abdrabbuh Mansur Hadi
Q6399485|khaled-bahah|خالد بحاح|Khaled Bahah
Q20385886|ahmed-obeid-bin-daghr|أحمد عبيد بن دغر|Ahmed Obeid bin Daghr
Q57373157|maeen-abdulmalik-saeed|معين عبد الملك|Maeen Abdulmalik Saeed
Q12213376|rashad-al-alimi|رشاد العليمي|Rashad al-Alimi
Q612803|serzh-sargsyan|سيرج سركيسيان|Serzh Sargsyan
Q613051|robert-kocharyan|روبرت كوتشاريان|Robert Kocharyan
Q2866|alexander-lukashenko|ألكسندر لوكاشينكو|Alexander Lukashenko
Q629702|leonid-kuchma|ليونيد كوتشما|Leonid Kuchma
Q1459658|viktor-yanukovych|فيكتور يانوكوفيتش|Viktor Yanukovych
Q48283|yulia-tymoshenko|يوليا تيموشينكو|Yulia Tymoshenko
Q471730|arseniy-yatsenyuk|أرسيني ياتسينيوك|Arseniy Yatsenyuk
Q3874799|volodymyr-zelensky|فولوديمير زيلينسكي|Volodymyr Zelensky
Q66094865|denys-shmyhal|دينيس شميهال|Denys Shmyhal
Q200881|kassym-jomart-tokayev|قاسم جومارت توكاييف|Kassym-Jomart Tokayev
Q57558|islam-karimov|إسلام كريموف|Islam Karimov
Q57808|shavkat-mirziyoyev|شوكت ميرضيائيف|Shavkat Mirziyoyev
Q57530|gurbanguly-berdimuhamedow|قربان قولي بردي محمدوف|Gurbanguly Berdimuhamedow
Q57366|emomali-rahmon|إمام علي رحمن|Emomali Rahmon
Q43330|mikheil-saakashvili|ميخائيل ساكاشفيلي|Mikheil Saakashvili
Q151929|eduard-shevardnadze|إدوارد شيفرنادزه|Eduard Shevardnadze
Q223555|shaukat-aziz|شوكت عزيز|Shaukat Aziz
Q152052|yousaf-raza-gillani|يوسف رضا جيلاني|Yousaf Raza Gillani
Q4790529|arif-alvi|عارف علوي|Arif Alvi
Q14257286|mamnoon-hussain|ممنون حسين|Mamnoon Hussain
Q57446|pranab-mukherjee|براناب موخيرجي|Pranab Mukherjee
Q16845347|ram-nath-kovind|رام ناث كوفيند|Ram Nath Kovind
Q19901232|droupadi-murmu|دروبادي مورمو|Droupadi Murmu
Q234814|khaleda-zia|خالدة ضياء|Khaleda Zia
Q43969|muhammad-yunus|محمد يونس|Muhammad Yunus
Q130852|junichiro-koizumi|جونيتشيرو كويزومي|Junichiro Koizumi
Q132345|shinzo-abe|شينزو آبي|Shinzo Abe
Q122465|yoshihide-suga|يوشيهيدي سوغا|Yoshihide Suga
Q359480|fumio-kishida|فوميو كيشيدا|Fumio Kishida
Q1335527|shigeru-ishiba|شيغيرو إيشيبا|Shigeru Ishiba
Q37979|akihito|أكيهيتو|Akihito
Q217096|naruhito|ناروهيتو|Naruhito
Q10665|kim-jong-il|كيم جونغ إيل|Kim Jong-il
Q56226|kim-jong-un|كيم جونغ أون|Kim Jong-un
Q45785|kim-dae-jung|كيم داي جونغ|Kim Dae-jung
Q16090635|yoon-suk-yeol|يون سوك يول|Yoon Suk Yeol
Q12612463|lee-jae-myung|لي جاي ميونغ|Lee Jae-myung
Q38484|romano-prodi|رومانو برودي|Romano Prodi
Q47904|mario-monti|ماريو مونتي|Mario Monti
Q47563|matteo-renzi|ماتيو رينزي|Matteo Renzi
Q1220|giorgio-napolitano|جورجو نابوليتانو|Giorgio Napolitano
Q3956186|sergio-mattarella|سيرجيو ماتاريلا|Sergio Mattarella
Q1071031|paolo-gentiloni|باولو جينتيلوني|Paolo Gentiloni
Q53844829|giuseppe-conte|جوزيبي كونتي|Giuseppe Conte
Q294460|mario-draghi|ماريو دراغي|Mario Draghi
Q451791|giorgia-meloni|جورجيا ميلوني|Giorgia Meloni
Q55637|jose-maria-aznar|خوسيه ماريا أثنار|José María Aznar
Q41395|jose-luis-rodriguez-zapatero|خوسيه لويس رودريغيث ثاباتيرو|José Luis Rodríguez Zapatero
Q10819|mariano-rajoy|ماريانو راخوي|Mariano Rajoy
Q6070218|pedro-sanchez|بيدرو سانشيز|Pedro Sánchez
Q19943|juan-carlos-i|خوان كارلوس الأول|Juan Carlos I
Q191045|felipe-vi|فيليبي السادس|Felipe VI
Q192533|mark-carney|مارك كارني|Mark Carney
Q51330|john-howard|جون هوارد|John Howard
Q43135|kevin-rudd|كيفن رود|Kevin Rudd
Q41563|julia-gillard|جوليا غيلارد|Julia Gillard
Q927550|malcolm-turnbull|مالكولم تورنبول|Malcolm Turnbull
Q7436908|scott-morrison|سكوت موريسون|Scott Morrison
Q335697|anthony-albanese|أنتوني ألبانيزي|Anthony Albanese
Q37181|luiz-inacio-lula-da-silva|لويس إيناسيو لولا دا سيلفا|Luiz Inácio Lula da Silva
Q463533|michel-temer|ميشال تامر|Michel Temer
Q58132|nicolas-maduro|نيكولاس مادورو|Nicolás Maduro
Q40649|cristina-fernandez-de-kirchner|كريستينا فرنانديز دي كيرشنر|Cristina Fernández de Kirchner
Q561837|mauricio-macri|ماوريسيو ماكري|Mauricio Macri
Q52395487|javier-milei|خافيير ميلي|Javier Milei
Q318508|andres-manuel-lopez-obrador|أندريس مانويل لوبيز أوبرادور|Andrés Manuel López Obrador
Q5771800|claudia-sheinbaum|كلوديا شينباوم|Claudia Sheinbaum
Q46809|raul-castro|راؤول كاسترو|Raúl Castro
Q1932603|miguel-diaz-canel|ميغيل دياز كانيل|Miguel Díaz-Canel
Q202006|olusegun-obasanjo|أولوسيغون أوباسانجو|Olusegun Obasanjo
Q57380|goodluck-jonathan|غودلاك جوناثان|Goodluck Jonathan
Q3510872|bola-tinubu|بولا تينوبو|Bola Tinubu
Q101547|thabo-mbeki|ثابو مبيكي|Thabo Mbeki
Q1148669|cyril-ramaphosa|سيريل رامافوزا|Cyril Ramaphosa
Q57350|idriss-deby|إدريس ديبي|Idriss Déby
Q16206405|mahamat-deby|محمد إدريس ديبي|Mahamat Déby
Q57482|mahamadou-issoufou|محمدو إيسوفو|Mahamadou Issoufou
Q3318398|mohamed-bazoum|محمد بازوم|Mohamed Bazoum
Q120965176|abdourahamane-tchiani|عبد الرحمن تياني|Abdourahamane Tchiani
Q324108|ibrahim-boubacar-keita|إبراهيم أبو بكر كيتا|Ibrahim Boubacar Keïta
Q170597|amadou-toumani-toure|أمادو توماني توري|Amadou Toumani Touré
Q98497406|assimi-goita|عاصمي غويتا|Assimi Goïta
Q57324|blaise-compaore|بليز كومباوري|Blaise Compaoré
Q114341246|ibrahim-traore|إبراهيم تراوري|Ibrahim Traoré
Q106963|abdoulaye-wade|عبد الله واد|Abdoulaye Wade
Q57438|macky-sall|ماكي سال|Macky Sall
Q124382437|bassirou-diomaye-faye|باسيرو ديوماي فاي|Bassirou Diomaye Faye
Q57291|mwai-kibaki|مواي كيباكي|Mwai Kibaki
Q196070|uhuru-kenyatta|أوهورو كينياتا|Uhuru Kenyatta
Q195725|william-ruto|ويليام روتو|William Ruto
Q1231345|paul-kagame|بول كاغامي|Paul Kagame
Q57416|joseph-kabila|جوزيف كابيلا|Joseph Kabila
Q29032770|felix-tshisekedi|فيليكس تشيسيكيدي|Félix Tshisekedi
Q108418519|mamady-doumbouya|مامادي دومبويا|Mamady Doumbouya
Q312015|alexis-tsipras|أليكسيس تسيبراس|Alexis Tsipras
Q552751|kyriakos-mitsotakis|كيرياكوس ميتسوتاكيس|Kyriakos Mitsotakis
Q2112764|nicos-anastasiades|نيكوس أناستاسيادس|Nicos Anastasiades
Q48905549|nikos-christodoulides|نيكوس خريستودوليدس|Nikos Christodoulides
Q57792|mark-rutte|مارك روته|Mark Rutte
Q950958|charles-michel|شارل ميشيل|Charles Michel
Q946|donald-tusk|دونالد توسك|Donald Tusk
Q9151911|andrzej-duda|أندريه دودا|Andrzej Duda
Q2262885|sebastian-kurz|سيباستيان كورتس|Sebastian Kurz
Q57405|susilo-bambang-yudhoyono|سوسيلو بامبانغ يودويونو|Susilo Bambang Yudhoyono
Q2107268|prabowo-subianto|برابوو سوبيانتو|Prabowo Subianto
Q76179|megawati-sukarnoputri|ميغاواتي سوكارنوبوتري|Megawati Sukarnoputri
Q76167|abdurrahman-wahid|عبد الرحمن واحد|Abdurrahman Wahid
Q181383|mahathir-mohamad|مهاتير محمد|Mahathir Mohamad
Q272588|abdullah-ahmad-badawi|عبد الله أحمد بدوي|Abdullah Ahmad Badawi
Q57675|najib-razak|نجيب عبد الرزاق|Najib Razak
Q299574|anwar-ibrahim|أنور إبراهيم|Anwar Ibrahim
Q316901|edi-rama|إيدي راما|Edi Rama
Q222031|aleksandar-vucic|ألكسندر فوتشيتش|Aleksandar Vučić
Q57338|mahinda-rajapaksa|ماهيندا راجاباكسا|Mahinda Rajapaksa
Q1538702|gotabaya-rajapaksa|غوتابايا راجاباكسا|Gotabaya Rajapaksa
Q2108126|prayut-chan-o-cha|برايوت تشان أوتشا|Prayut Chan-o-cha
Q57670|yingluck-shinawatra|ينغلاك شيناواترا|Yingluck Shinawatra
Q983324|ferdinand-marcos-jr|فرديناند ماركوس الابن|Ferdinand Marcos Jr.
Q123665|gloria-macapagal-arroyo|غلوريا ماكاباغال أرويو|Gloria Macapagal Arroyo
Q704022|gustavo-petro|غوستافو بيترو|Gustavo Petro
Q187413|alvaro-uribe|ألفارو أوريبي|Álvaro Uribe
Q57311|juan-manuel-santos|خوان مانويل سانتوس|Juan Manuel Santos
Q320|michelle-bachelet|ميشيل باشليه|Michelle Bachelet
Q19581|rafael-correa|رافائيل كوريا|Rafael Correa
Q57402|daniel-ortega|دانيال أورتيغا|Daniel Ortega
Q57665|jens-stoltenberg|ينس ستولتنبرغ|Jens Stoltenberg
Q5015|mette-frederiksen|ميته فريدريكسن|Mette Frederiksen
Q311440|antonio-guterres|أنطونيو غوتيريش|António Guterres
Q15849|jose-manuel-barroso|جوزيه مانويل باروسو|José Manuel Barroso
Q503143|alexander-stubb|ألكسندر ستوب|Alexander Stubb
Q57643|lee-hsien-loong|لي هسين لونغ|Lee Hsien Loong
Q3462649|min-aung-hlaing|مين أونغ هلاينغ|Min Aung Hlaing
Q989|pope-john-paul-ii|البابا يوحنا بولس الثاني|Pope John Paul II
Q2494|pope-benedict-xvi|البابا بنديكت السادس عشر|Pope Benedict XVI
Q450675|pope-francis|البابا فرنسيس|Pope Francis
Q6109517|pope-leo-xiv|البابا لاون الرابع عشر|Pope Leo XIV
Q15071069|maia-sandu|مايا ساندو|Maia Sandu
"""

# ---------------------------------------------------------------------------
# 2. Persons not (or not usably) in the Wikidata table.  id | name_ar | name_en | qid
# ---------------------------------------------------------------------------
CURATED_PERSONS = """
hossein-dehghan|حسين دهقان|Hossein Dehghan|
qasem-soleimani|قاسم سليماني|Qasem Soleimani|
esmail-qaani|إسماعيل قاآني|Esmail Qaani|
hossein-salami|حسين سلامي|Hossein Salami|
mohammad-ali-jafari|محمد علي جعفري|Mohammad Ali Jafari|
ali-khamenei|علي خامنئي|Ali Khamenei|Q57336
kofi-annan|كوفي عنان|Kofi Annan|
ban-ki-moon|بان كي مون|Ban Ki-moon|
boutros-boutros-ghali|بطرس بطرس غالي|Boutros Boutros-Ghali|
hamid-karzai|حامد كرزاي|Hamid Karzai|
muammar-gaddafi|معمر القذافي|Muammar Gaddafi|
abdul-hamid-dbeibah|عبد الحميد الدبيبة|Abdul Hamid Dbeibah|
mohammad-mustafa|محمد مصطفى|Mohammad Mustafa|
ahmed-awad-bin-mubarak|أحمد عوض بن مبارك|Ahmed Awad bin Mubarak|
hussein-tantawi|محمد حسين طنطاوي|Mohamed Hussein Tantawi|
omar-suleiman|عمر سليمان|Omar Suleiman|
sedki-sobhi|صدقي صبحي|Sedki Sobhi|
mohamed-zaki|محمد زكي|Mohamed Zaki|
abdel-mageed-saqr|عبد المجيد صقر|Abdel Mageed Saqr|
nabil-fahmy|نبيل فهمي|Nabil Fahmy|
sameh-shoukry|سامح شكري|Sameh Shoukry|
badr-abdelatty|بدر عبد العاطي|Badr Abdelatty|
ahmed-aboul-gheit|أحمد أبو الغيط|Ahmed Aboul Gheit|
mohamed-hamdan-dagalo|محمد حمدان دقلو|Mohamed Hamdan Dagalo|
walid-muallem|وليد المعلم|Walid Muallem|
faisal-mekdad|فيصل المقداد|Faisal Mekdad|
asaad-al-shaibani|أسعد الشيباني|Asaad al-Shaibani|
dawoud-rajiha|داود راجحة|Dawoud Rajiha|
fahd-jassem-al-freij|فهد جاسم الفريج|Fahd Jassem al-Freij|
murhaf-abu-qasra|مرهف أبو قصرة|Murhaf Abu Qasra|
hoshyar-zebari|هوشيار زيباري|Hoshyar Zebari|
fuad-hussein|فؤاد حسين|Fuad Hussein|
nasser-judeh|ناصر جودة|Nasser Judeh|
ayman-safadi|أيمن الصفدي|Ayman Safadi|
hussein-bin-abdullah|الحسين بن عبد الله الثاني|Crown Prince Hussein of Jordan|
hamzah-bin-hussein|حمزة بن الحسين|Prince Hamzah bin Hussein|
khalid-al-attiyah|خالد العطية|Khalid al-Attiyah|
badr-albusaidi|بدر البوسعيدي|Badr Albusaidi|
gebran-bassil|جبران باسيل|Gebran Bassil|
nassif-hitti|ناصيف حتي|Nassif Hitti|
abdallah-bou-habib|عبد الله بو حبيب|Abdallah Bou Habib|
elias-bou-saab|إلياس بو صعب|Elias Bou Saab|
zeina-akar|زينة عكر|Zeina Akar|
maurice-sleem|موريس سليم|Maurice Sleem|
othman-jerandi|عثمان الجرندي|Othman Jerandi|
nabil-ammar|نبيل عمار|Nabil Ammar|
ramtane-lamamra|رمطان لعمامرة|Ramtane Lamamra|
adel-al-jubeir|عادل الجبير|Adel al-Jubeir|
ibrahim-al-assaf|إبراهيم العساف|Ibrahim al-Assaf|
faisal-bin-farhan|فيصل بن فرحان|Faisal bin Farhan|
khalid-bin-salman|خالد بن سلمان|Khalid bin Salman|
sultan-bin-abdulaziz|سلطان بن عبد العزيز|Sultan bin Abdulaziz|
nayef-bin-abdulaziz|نايف بن عبد العزيز|Nayef bin Abdulaziz|
muqrin-bin-abdulaziz|مقرن بن عبد العزيز|Muqrin bin Abdulaziz|
mohammed-bin-nayef|محمد بن نايف|Mohammed bin Nayef|
sabah-khalid-al-hamad-al-sabah|صباح خالد الحمد الصباح|Sabah Khalid Al-Hamad Al-Sabah|
khaled-bin-mohamed-bin-zayed|خالد بن محمد بن زايد|Khaled bin Mohamed bin Zayed|
hamdan-bin-mohammed-al-maktoum|حمدان بن محمد بن راشد آل مكتوم|Hamdan bin Mohammed Al Maktoum|
mansour-bin-zayed-al-nahyan|منصور بن زايد آل نهيان|Mansour bin Zayed Al Nahyan|
kamal-kharazi|كمال خرازي|Kamal Kharazi|
manouchehr-mottaki|منوشهر متكي|Manouchehr Mottaki|
ali-akbar-salehi|علي أكبر صالحي|Ali Akbar Salehi|
mohammad-javad-zarif|محمد جواد ظريف|Mohammad Javad Zarif|
hossein-amir-abdollahian|حسين أمير عبد اللهيان|Hossein Amir-Abdollahian|
abbas-araghchi|عباس عراقجي|Abbas Araghchi|
ali-shamkhani|علي شمخاني|Ali Shamkhani|
mostafa-mohammad-najjar|مصطفى محمد نجار|Mostafa Mohammad-Najjar|
ahmad-vahidi|أحمد وحيدي|Ahmad Vahidi|
amir-hatami|أمير حاتمي|Amir Hatami|
mohammad-reza-ashtiani|محمد رضا آشتياني|Mohammad-Reza Gharaei Ashtiani|
aziz-nasirzadeh|عزيز نصير زاده|Aziz Nasirzadeh|
ali-babacan|علي باباجان|Ali Babacan|
mevlut-cavusoglu|مولود جاويش أوغلو|Mevlüt Çavuşoğlu|
hakan-fidan|هاكان فيدان|Hakan Fidan|
hulusi-akar|خلوصي أكار|Hulusi Akar|
yasar-guler|يشار غولر|Yaşar Güler|
tzipi-livni|تسيبي ليفني|Tzipi Livni|
avigdor-lieberman|أفيغدور ليبرمان|Avigdor Lieberman|
gabi-ashkenazi|غابي أشكنازي|Gabi Ashkenazi|
eli-cohen|إيلي كوهين|Eli Cohen|
benny-gantz|بيني غانتس|Benny Gantz|
yoav-gallant|يوآف غالانت|Yoav Gallant|
israel-katz|يسرائيل كاتس|Israel Katz|
gideon-saar|جدعون ساعر|Gideon Sa'ar|
colin-powell|كولن باول|Colin Powell|
condoleezza-rice|كوندوليزا رايس|Condoleezza Rice|
hillary-clinton|هيلاري كلينتون|Hillary Clinton|
john-kerry|جون كيري|John Kerry|
rex-tillerson|ريكس تيلرسون|Rex Tillerson|
mike-pompeo|مايك بومبيو|Mike Pompeo|
antony-blinken|أنتوني بلينكن|Antony Blinken|
marco-rubio|ماركو روبيو|Marco Rubio|
madeleine-albright|مادلين أولبرايت|Madeleine Albright|
william-cohen|وليام كوهين|William Cohen|
donald-rumsfeld|دونالد رامسفيلد|Donald Rumsfeld|
robert-gates|روبرت غيتس|Robert Gates|
leon-panetta|ليون بانيتا|Leon Panetta|
chuck-hagel|تشاك هيغل|Chuck Hagel|
ash-carter|آشتون كارتر|Ash Carter|
jim-mattis|جيم ماتيس|Jim Mattis|
mark-esper|مارك إسبر|Mark Esper|
lloyd-austin|لويد أوستن|Lloyd Austin|
pete-hegseth|بيت هيغسيث|Pete Hegseth|
dick-cheney|ديك تشيني|Dick Cheney|
mike-pence|مايك بنس|Mike Pence|
kamala-harris|كامالا هاريس|Kamala Harris|
jd-vance|جيه دي فانس|JD Vance|
al-gore|آل غور|Al Gore|
igor-ivanov|إيغور إيفانوف|Igor Ivanov|
sergey-lavrov|سيرغي لافروف|Sergey Lavrov|
igor-sergeyev|إيغور سيرغييف|Igor Sergeyev|
sergei-ivanov|سيرغي إيفانوف|Sergei Ivanov|
anatoly-serdyukov|أناتولي سيرديوكوف|Anatoly Serdyukov|
sergei-shoigu|سيرغي شويغو|Sergei Shoigu|
andrei-belousov|أندريه بيلاوسوف|Andrei Belousov|
li-zhaoxing|لي تشاو شينغ|Li Zhaoxing|
yang-jiechi|يانغ جيه تشي|Yang Jiechi|
wang-yi|وانغ يي|Wang Yi|
qin-gang|تشين قانغ|Qin Gang|
chang-wanquan|تشانغ وان تشيوان|Chang Wanquan|
wei-fenghe|وي فنغ خه|Wei Fenghe|
li-shangfu|لي شانغ فو|Li Shangfu|
dong-jun|دونغ جون|Dong Jun|
robin-cook|روبن كوك|Robin Cook|
jack-straw|جاك سترو|Jack Straw|
margaret-beckett|مارغريت بيكيت|Margaret Beckett|
david-miliband|ديفيد ميليباند|David Miliband|
william-hague|ويليام هيغ|William Hague|
philip-hammond|فيليب هاموند|Philip Hammond|
jeremy-hunt|جيريمي هانت|Jeremy Hunt|
dominic-raab|دومينيك راب|Dominic Raab|
james-cleverly|جيمس كليفرلي|James Cleverly|
david-lammy|ديفيد لامي|David Lammy|
yvette-cooper|إيفيت كوبر|Yvette Cooper|
geoff-hoon|جيف هون|Geoff Hoon|
liam-fox|ليام فوكس|Liam Fox|
michael-fallon|مايكل فالون|Michael Fallon|
gavin-williamson|غافين ويليامسون|Gavin Williamson|
ben-wallace|بن والاس|Ben Wallace|
grant-shapps|غرانت شابس|Grant Shapps|
john-healey|جون هيلي|John Healey|
hubert-vedrine|أوبير فيدرين|Hubert Védrine|
dominique-de-villepin|دومينيك دو فيلبان|Dominique de Villepin|
philippe-douste-blazy|فيليب دوست بلازي|Philippe Douste-Blazy|
bernard-kouchner|برنار كوشنير|Bernard Kouchner|
michele-alliot-marie|ميشال أليو ماري|Michèle Alliot-Marie|
alain-juppe|آلان جوبيه|Alain Juppé|
laurent-fabius|لوران فابيوس|Laurent Fabius|
jean-yves-le-drian|جان إيف لودريان|Jean-Yves Le Drian|
catherine-colonna|كاترين كولونا|Catherine Colonna|
stephane-sejourne|ستيفان سيجورنيه|Stéphane Séjourné|
jean-noel-barrot|جان نويل بارو|Jean-Noël Barrot|
alain-richard|آلان ريشار|Alain Richard|
herve-morin|إيرفيه موران|Hervé Morin|
gerard-longuet|جيرار لونغيه|Gérard Longuet|
sylvie-goulard|سيلفي غولار|Sylvie Goulard|
florence-parly|فلورانس بارلي|Florence Parly|
joschka-fischer|يوشكا فيشر|Joschka Fischer|
guido-westerwelle|غيدو فسترفيله|Guido Westerwelle|
sigmar-gabriel|زيغمار غابرييل|Sigmar Gabriel|
heiko-maas|هايكو ماس|Heiko Maas|
annalena-baerbock|أنالينا بيربوك|Annalena Baerbock|
johann-wadephul|يوهان فاديفول|Johann Wadephul|
rudolf-scharping|رودولف شاربينغ|Rudolf Scharping|
peter-struck|بيتر شتروك|Peter Struck|
franz-josef-jung|فرانس يوزف يونغ|Franz Josef Jung|
karl-theodor-zu-guttenberg|كارل تيودور تسو غوتنبرغ|Karl-Theodor zu Guttenberg|
thomas-de-maiziere|توماس دي ميزيير|Thomas de Maizière|
ursula-von-der-leyen|أورسولا فون دير لاين|Ursula von der Leyen|
annegret-kramp-karrenbauer|أنغريت كرامب كارنباور|Annegret Kramp-Karrenbauer|
christine-lambrecht|كريستينه لامبرشت|Christine Lambrecht|
boris-pistorius|بوريس بيستوريوس|Boris Pistorius|
"""

# ---------------------------------------------------------------------------
# 3. Curated terms: id | role | country | start | end   (end empty = current)
#    Only terms whose two dates are known to the day.
# ---------------------------------------------------------------------------
CURATED_TERMS = """
hossein-dehghan|defence_minister|IR|2013-08-15|2017-08-20
esmail-qaani|military_commander|IR|2020-01-03|
hossein-salami|military_commander|IR|2019-04-21|2025-06-13
mohammad-ali-jafari|military_commander|IR|2007-09-01|2019-04-21
ali-khamenei|supreme_leader|IR|1989-06-04|
kofi-annan|un_secretary_general||1997-01-01|2006-12-31
ban-ki-moon|un_secretary_general||2007-01-01|2016-12-31
antonio-guterres|un_secretary_general||2017-01-01|
boutros-boutros-ghali|un_secretary_general||1992-01-01|1996-12-31
hamid-karzai|head_of_state|AF|2001-12-22|2014-09-29
mohammad-mustafa|head_of_government|PS|2024-03-31|
hussein-tantawi|head_of_state|EG|2011-02-11|2012-06-30
hussein-tantawi|defence_minister|EG|1991-05-20|2012-08-12
abdel-fattah-el-sisi|defence_minister|EG|2012-08-12|2014-03-26
sedki-sobhi|defence_minister|EG|2014-03-26|2018-06-14
mohamed-zaki|defence_minister|EG|2018-06-14|2024-07-03
abdel-mageed-saqr|defence_minister|EG|2024-07-03|
omar-suleiman|vice_president|EG|2011-01-29|2011-02-11
nabil-fahmy|foreign_minister|EG|2013-07-16|2014-06-17
sameh-shoukry|foreign_minister|EG|2014-06-17|2024-07-03
badr-abdelatty|foreign_minister|EG|2024-07-03|
mohamed-hamdan-dagalo|vice_president|SD|2019-08-21|2023-05-19
walid-muallem|foreign_minister|SY|2006-02-11|2020-11-16
asaad-al-shaibani|foreign_minister|SY|2024-12-21|
dawoud-rajiha|defence_minister|SY|2011-08-08|2012-07-18
fahd-jassem-al-freij|defence_minister|SY|2012-07-18|2018-01-01
murhaf-abu-qasra|defence_minister|SY|2024-12-21|
hoshyar-zebari|foreign_minister|IQ|2003-09-03|2014-09-08
ibrahim-al-jaafari|foreign_minister|IQ|2014-09-08|2018-10-25
nasser-judeh|foreign_minister|JO|2009-02-23|2017-01-15
ayman-safadi|foreign_minister|JO|2017-01-15|
hussein-bin-abdullah|crown_prince|JO|2009-07-02|
hamzah-bin-hussein|crown_prince|JO|1999-02-07|2004-11-28
khalid-al-attiyah|foreign_minister|QA|2013-06-26|2016-01-27
mohammed-bin-abdulrahman-al-thani|foreign_minister|QA|2016-01-27|
tamim-bin-hamad-al-thani|crown_prince|QA|2003-08-05|2013-06-25
badr-albusaidi|foreign_minister|OM|2020-08-18|
gebran-bassil|foreign_minister|LB|2014-02-15|2020-01-21
nassif-hitti|foreign_minister|LB|2020-01-21|2020-08-03
abdallah-bou-habib|foreign_minister|LB|2021-09-10|2025-02-08
elias-bou-saab|defence_minister|LB|2016-12-18|2019-01-31
zeina-akar|defence_minister|LB|2020-01-21|2021-09-10
maurice-sleem|defence_minister|LB|2021-09-10|2025-02-08
othman-jerandi|foreign_minister|TN|2020-09-02|2023-02-07
nabil-ammar|foreign_minister|TN|2023-02-07|2024-08-25
ramtane-lamamra|foreign_minister|DZ|2013-09-11|2017-05-25
adel-al-jubeir|foreign_minister|SA|2015-04-29|2018-12-27
ibrahim-al-assaf|foreign_minister|SA|2018-12-27|2019-10-23
faisal-bin-farhan|foreign_minister|SA|2019-10-23|
salman-bin-abdulaziz|defence_minister|SA|2011-11-05|2015-01-23
mohammed-bin-salman|defence_minister|SA|2015-01-23|2022-09-27
khalid-bin-salman|defence_minister|SA|2022-09-27|
abdullah-bin-abdulaziz|crown_prince|SA|1982-06-13|2005-08-01
sultan-bin-abdulaziz|crown_prince|SA|2005-08-01|2011-10-22
nayef-bin-abdulaziz|crown_prince|SA|2011-10-27|2012-06-16
salman-bin-abdulaziz|crown_prince|SA|2012-06-18|2015-01-23
muqrin-bin-abdulaziz|crown_prince|SA|2015-01-23|2015-04-29
mohammed-bin-nayef|crown_prince|SA|2015-04-29|2017-06-21
mohammed-bin-salman|crown_prince|SA|2017-06-21|
saad-al-abdullah-al-sabah|crown_prince|KW|1978-01-31|2006-01-15
nawaf-al-ahmad-al-sabah|crown_prince|KW|2006-02-07|2020-09-29
mishal-al-ahmad-al-sabah|crown_prince|KW|2020-10-08|2023-12-16
sabah-khalid-al-hamad-al-sabah|crown_prince|KW|2024-06-01|
salman-bin-hamad-al-khalifa|crown_prince|BH|1999-03-09|
khaled-bin-mohamed-bin-zayed|crown_prince|AE|2023-03-29|
hamdan-bin-mohammed-al-maktoum|crown_prince|AE|2008-02-01|
mansour-bin-zayed-al-nahyan|vice_president|AE|2023-03-29|
kamal-kharazi|foreign_minister|IR|1997-08-20|2005-08-24
manouchehr-mottaki|foreign_minister|IR|2005-08-24|2010-12-13
ali-akbar-salehi|foreign_minister|IR|2010-12-13|2013-08-15
mohammad-javad-zarif|foreign_minister|IR|2013-08-15|2021-08-25
hossein-amir-abdollahian|foreign_minister|IR|2021-08-25|2024-05-19
abbas-araghchi|foreign_minister|IR|2024-08-21|
ali-shamkhani|defence_minister|IR|1997-08-20|2005-08-24
mostafa-mohammad-najjar|defence_minister|IR|2005-08-24|2009-09-03
ahmad-vahidi|defence_minister|IR|2009-09-03|2013-08-15
amir-hatami|defence_minister|IR|2017-08-20|2021-08-25
mohammad-reza-ashtiani|defence_minister|IR|2021-08-25|2024-08-21
aziz-nasirzadeh|defence_minister|IR|2024-08-21|
abdullah-gul|foreign_minister|TR|2003-03-14|2007-08-28
ali-babacan|foreign_minister|TR|2007-08-29|2009-05-01
ahmet-davutoglu|foreign_minister|TR|2009-05-01|2014-08-29
mevlut-cavusoglu|foreign_minister|TR|2014-08-29|2015-08-28
mevlut-cavusoglu|foreign_minister|TR|2015-11-24|2023-06-04
hakan-fidan|foreign_minister|TR|2023-06-04|
hulusi-akar|defence_minister|TR|2018-07-10|2023-06-04
yasar-guler|defence_minister|TR|2023-06-04|
avigdor-lieberman|foreign_minister|IL|2009-03-31|2012-12-18
gabi-ashkenazi|foreign_minister|IL|2020-05-17|2021-06-13
yair-lapid|foreign_minister|IL|2021-06-13|2022-12-29
eli-cohen|foreign_minister|IL|2022-12-29|2024-01-01
ehud-barak|defence_minister|IL|2007-06-18|2013-03-18
benny-gantz|defence_minister|IL|2020-05-17|2022-12-29
madeleine-albright|foreign_minister|US|1997-01-23|2001-01-20
colin-powell|foreign_minister|US|2001-01-20|2005-01-26
condoleezza-rice|foreign_minister|US|2005-01-26|2009-01-20
hillary-clinton|foreign_minister|US|2009-01-21|2013-02-01
john-kerry|foreign_minister|US|2013-02-01|2017-01-20
rex-tillerson|foreign_minister|US|2017-02-01|2018-03-31
mike-pompeo|foreign_minister|US|2018-04-26|2021-01-20
antony-blinken|foreign_minister|US|2021-01-26|2025-01-20
marco-rubio|foreign_minister|US|2025-01-21|
william-cohen|defence_minister|US|1997-01-24|2001-01-20
donald-rumsfeld|defence_minister|US|2001-01-20|2006-12-18
robert-gates|defence_minister|US|2006-12-18|2011-06-30
leon-panetta|defence_minister|US|2011-07-01|2013-02-26
chuck-hagel|defence_minister|US|2013-02-27|2015-02-17
ash-carter|defence_minister|US|2015-02-17|2017-01-20
jim-mattis|defence_minister|US|2017-01-20|2019-01-01
mark-esper|defence_minister|US|2019-07-23|2020-11-09
lloyd-austin|defence_minister|US|2021-01-22|2025-01-20
pete-hegseth|defence_minister|US|2025-01-25|
al-gore|vice_president|US|1993-01-20|2001-01-20
dick-cheney|vice_president|US|2001-01-20|2009-01-20
joe-biden|vice_president|US|2009-01-20|2017-01-20
mike-pence|vice_president|US|2017-01-20|2021-01-20
kamala-harris|vice_president|US|2021-01-20|2025-01-20
jd-vance|vice_president|US|2025-01-20|
igor-ivanov|foreign_minister|RU|1998-09-11|2004-03-09
sergey-lavrov|foreign_minister|RU|2004-03-09|
igor-sergeyev|defence_minister|RU|1997-05-22|2001-03-28
sergei-ivanov|defence_minister|RU|2001-03-28|2007-02-15
anatoly-serdyukov|defence_minister|RU|2007-02-15|2012-11-06
sergei-shoigu|defence_minister|RU|2012-11-06|2024-05-12
andrei-belousov|defence_minister|RU|2024-05-14|
li-zhaoxing|foreign_minister|CN|2003-03-17|2007-04-27
yang-jiechi|foreign_minister|CN|2007-04-27|2013-03-16
wang-yi|foreign_minister|CN|2013-03-16|2022-12-30
qin-gang|foreign_minister|CN|2022-12-30|2023-07-25
wang-yi|foreign_minister|CN|2023-07-25|
chang-wanquan|defence_minister|CN|2013-03-16|2018-03-19
wei-fenghe|defence_minister|CN|2018-03-19|2023-03-12
li-shangfu|defence_minister|CN|2023-03-12|2023-10-24
dong-jun|defence_minister|CN|2023-12-29|
robin-cook|foreign_minister|GB|1997-05-02|2001-06-08
jack-straw|foreign_minister|GB|2001-06-08|2006-05-05
margaret-beckett|foreign_minister|GB|2006-05-05|2007-06-27
david-miliband|foreign_minister|GB|2007-06-27|2010-05-11
william-hague|foreign_minister|GB|2010-05-12|2014-07-14
philip-hammond|foreign_minister|GB|2014-07-15|2016-07-13
boris-johnson|foreign_minister|GB|2016-07-13|2018-07-09
jeremy-hunt|foreign_minister|GB|2018-07-09|2019-07-24
dominic-raab|foreign_minister|GB|2019-07-24|2021-09-15
liz-truss|foreign_minister|GB|2021-09-15|2022-09-06
james-cleverly|foreign_minister|GB|2022-09-06|2023-11-13
david-cameron|foreign_minister|GB|2023-11-13|2024-07-05
david-lammy|foreign_minister|GB|2024-07-05|2025-09-05
yvette-cooper|foreign_minister|GB|2025-09-05|
geoff-hoon|defence_minister|GB|1999-10-11|2005-05-06
liam-fox|defence_minister|GB|2010-05-12|2011-10-14
philip-hammond|defence_minister|GB|2011-10-14|2014-07-15
michael-fallon|defence_minister|GB|2014-07-15|2017-11-01
gavin-williamson|defence_minister|GB|2017-11-02|2019-05-01
ben-wallace|defence_minister|GB|2019-07-24|2023-08-31
grant-shapps|defence_minister|GB|2023-08-31|2024-07-05
john-healey|defence_minister|GB|2024-07-05|
hubert-vedrine|foreign_minister|FR|1997-06-04|2002-05-07
dominique-de-villepin|foreign_minister|FR|2002-05-07|2004-03-31
michel-barnier|foreign_minister|FR|2004-03-31|2005-06-02
philippe-douste-blazy|foreign_minister|FR|2005-06-02|2007-05-18
bernard-kouchner|foreign_minister|FR|2007-05-18|2010-11-14
michele-alliot-marie|foreign_minister|FR|2010-11-14|2011-02-27
alain-juppe|foreign_minister|FR|2011-02-27|2012-05-16
laurent-fabius|foreign_minister|FR|2012-05-16|2016-02-11
jean-marc-ayrault|foreign_minister|FR|2016-02-11|2017-05-17
jean-yves-le-drian|foreign_minister|FR|2017-05-17|2022-05-20
catherine-colonna|foreign_minister|FR|2022-05-20|2024-01-11
stephane-sejourne|foreign_minister|FR|2024-01-11|2024-09-21
jean-noel-barrot|foreign_minister|FR|2024-09-21|
alain-richard|defence_minister|FR|1997-06-04|2002-05-07
michele-alliot-marie|defence_minister|FR|2002-05-07|2007-05-18
herve-morin|defence_minister|FR|2007-05-18|2010-11-14
alain-juppe|defence_minister|FR|2010-11-14|2011-02-27
gerard-longuet|defence_minister|FR|2011-02-27|2012-05-16
jean-yves-le-drian|defence_minister|FR|2012-05-16|2017-05-17
sylvie-goulard|defence_minister|FR|2017-05-17|2017-06-21
florence-parly|defence_minister|FR|2017-06-21|2022-05-20
sebastien-lecornu|defence_minister|FR|2022-05-20|2025-09-09
joschka-fischer|foreign_minister|DE|1998-10-27|2005-11-22
frank-walter-steinmeier|foreign_minister|DE|2005-11-22|2009-10-28
guido-westerwelle|foreign_minister|DE|2009-10-28|2013-12-17
frank-walter-steinmeier|foreign_minister|DE|2013-12-17|2017-01-27
sigmar-gabriel|foreign_minister|DE|2017-01-27|2018-03-14
heiko-maas|foreign_minister|DE|2018-03-14|2021-12-08
annalena-baerbock|foreign_minister|DE|2021-12-08|2025-05-06
johann-wadephul|foreign_minister|DE|2025-05-06|
rudolf-scharping|defence_minister|DE|1998-10-27|2002-07-19
peter-struck|defence_minister|DE|2002-07-19|2005-11-22
franz-josef-jung|defence_minister|DE|2005-11-22|2009-10-28
karl-theodor-zu-guttenberg|defence_minister|DE|2009-10-28|2011-03-03
thomas-de-maiziere|defence_minister|DE|2011-03-03|2013-12-17
ursula-von-der-leyen|defence_minister|DE|2013-12-17|2019-07-17
annegret-kramp-karrenbauer|defence_minister|DE|2019-07-17|2021-12-08
christine-lambrecht|defence_minister|DE|2021-12-08|2023-01-19
boris-pistorius|defence_minister|DE|2023-01-19|
"""

# ---------------------------------------------------------------------------
# 4. Replacements of Wikidata terms (noise or year-only precision).  For each
#    id|role|country listed, the Wikidata rows are discarded and these terms
#    used instead ("-" as start: drop all terms of that key).
# ---------------------------------------------------------------------------
REPLACE_TERMS = """
tony-blair|head_of_government|GB|1997-05-02|2007-06-27
gordon-brown|head_of_government|GB|2007-06-27|2010-05-11
nouri-al-maliki|head_of_government|IQ|2006-05-20|2014-09-08
ibrahim-al-jaafari|head_of_government|IQ|2005-05-03|2006-05-20
ayad-allawi|head_of_government|IQ|2004-06-01|2005-05-03
jalal-talabani|head_of_government|IQ|-|
ghazi-al-yawar|head_of_government|IQ|-|
mohammad-shtayyeh|head_of_government|PS|2019-03-10|2024-03-31
maeen-abdulmalik-saeed|head_of_government|YE|2018-10-15|2024-02-05
shigeru-ishiba|head_of_government|JP|2024-10-01|2025-10-21
hassan-diab|head_of_government|LB|2020-01-21|2021-09-10
fouad-siniora|head_of_state|LB|-|
tammam-salam|head_of_state|LB|-|
fathi-bashagha|head_of_government|LY|-|
mahmoud-abbas|head_of_state|PS|2005-01-15|
recep-tayyip-erdogan|head_of_government|TR|2003-03-14|2014-08-28
recep-tayyip-erdogan|head_of_government|TR|2018-06-24|
"""

# Open Wikidata terms not kept open: holders who may have left office between the
# 2025-10 snapshot and late 2026 (elections or crises due), so the term is left
# out rather than claimed current.
UNCERTAIN_OPEN = set("""
mohammed-shia-al-sudani abdul-latif-rashid nawaf-salam aziz-akhannouch
hassan-sheikh-mohamud hamza-abdi-barre muhammad-yunus viktor-orban
sebastien-lecornu sara-zaafrani mohamed-al-menfi nicolas-maduro
assimi-goita ibrahim-traore abdourahamane-tchiani mamady-doumbouya
kamil-idris gustavo-petro mette-frederiksen nikol-pashinyan
abiy-ahmed jean-noel-barrot dong-jun
""".split())

# Wikidata rows to drop: qid|role|country|start  (duplicates with wrong precision
# that the overlap rule cannot catch, or terms outside the roles' meaning).
DROP_ROWS = """
"""

# Wikidata terms whose start AND end are 1 January are usually year-precision
# dates; kept only for these ids, where 1 January is the real date.
JAN1_OK = set("""
luiz-inacio-lula-da-silva dilma-rousseff jair-bolsonaro michel-temer
kofi-annan ban-ki-moon
""".split())

# ---------------------------------------------------------------------------
# 5. Aliases: id | alias | form | flags | cues
#    Surnames flagged ambiguous without cues get cues from the person's roles.
# ---------------------------------------------------------------------------
ALIASES = """
hossein-dehghan|دهقان|surname||
hossein-dehghan|العميد حسين دهقان|name||
qasem-soleimani|سليماني|surname||
qasem-soleimani|قاسم سلیمانی|name|historical|
esmail-qaani|قاآني|surname||
esmail-qaani|إسماعيل قآني|name||
hossein-salami|سلامي|surname|ambiguous|اللواء _|قائد الحرس الثوري _|الجنرال _
mohammad-ali-jafari|جعفري|surname|ambiguous|اللواء _|قائد الحرس الثوري _|الجنرال _
ali-khamenei|خامنئي|surname||
ali-khamenei|الخامنئي|surname||
ali-khamenei|آية الله علي خامنئي|name||
ali-khamenei|السيد علي خامنئي|name||
hassan-rouhani|روحاني|surname|ambiguous|الرئيس _|الرئيس الإيراني _
mohammad-khatami|خاتمي|surname||
mahmoud-ahmadinejad|أحمدي نجاد|surname||
mahmoud-ahmadinejad|نجاد|surname|ambiguous|
ebrahim-raisi|رئيسي|surname|ambiguous|الرئيس _|الرئيس الإيراني _
ebrahim-raisi|إبراهيم رئيسي|full_name||
masoud-pezeshkian|بزشكيان|surname||
masoud-pezeshkian|بيزشكيان|surname||
masoud-pezeshkian|مسعود بيزشكيان|name||
mohammad-javad-zarif|ظريف|surname|ambiguous|
mohammad-javad-zarif|جواد ظريف|name||
hossein-amir-abdollahian|عبد اللهيان|surname||
hossein-amir-abdollahian|أمير عبد اللهيان|surname||
abbas-araghchi|عراقجي|surname||
ali-shamkhani|شمخاني|surname||
ahmad-vahidi|وحيدي|surname||
amir-hatami|حاتمي|surname||
manouchehr-mottaki|متكي|surname||
ali-akbar-salehi|صالحي|surname|ambiguous|
kamal-kharazi|خرازي|surname||
bashar-al-assad|الأسد|surname|ambiguous|الرئيس _|نظام _|حكومة _|قوات _|الرئيس السوري _
bashar-al-assad|بشار حافظ الأسد|full_name||
bashar-al-assad|بشار|short_name|ambiguous|الرئيس _|نظام _
hafez-al-assad|الأسد|surname|ambiguous|الرئيس الراحل _|_ الأب
hafez-al-assad|الأسد الأب|short_name||
ahmed-al-sharaa|الشرع|surname|ambiguous|
ahmed-al-sharaa|أبو محمد الجولاني|name|historical|
ahmed-al-sharaa|الجولاني|surname|historical|
walid-muallem|المعلم|surname|ambiguous|وزير الخارجية _|الوزير _
faisal-mekdad|المقداد|surname|ambiguous|وزير الخارجية _|وزير الخارجية السوري _
asaad-al-shaibani|الشيباني|surname|ambiguous|
abdul-halim-khaddam|خدام|surname|ambiguous|
riyad-hijab|حجاب|surname|ambiguous|
hussein-arnous|عرنوس|surname||
imad-khamis|خميس|surname|ambiguous|
hosni-mubarak|محمد حسني مبارك|full_name||
hosni-mubarak|مبارك|surname|ambiguous|
mohamed-morsi|مرسي|surname|ambiguous|
mohamed-morsi|محمد محمد مرسي العياط|full_name||
abdel-fattah-el-sisi|السيسي|surname||
abdel-fattah-el-sisi|عبد الفتاح سعيد حسين خليل السيسي|full_name||
mostafa-madbouly|مدبولي|surname||
sameh-shoukry|شكري|surname|ambiguous|
badr-abdelatty|عبد العاطي|surname|ambiguous|
ahmed-aboul-gheit|أبو الغيط|surname||
hussein-tantawi|طنطاوي|surname|ambiguous|المشير _
hussein-tantawi|المشير طنطاوي|name||
omar-suleiman|اللواء عمر سليمان|name||
mohamed-hamdan-dagalo|حميدتي|short_name||
mohamed-hamdan-dagalo|دقلو|surname|ambiguous|
abdel-fattah-al-burhan|البرهان|surname|ambiguous|
omar-al-bashir|عمر حسن أحمد البشير|full_name||
omar-al-bashir|البشير|surname|ambiguous|
mohammed-al-bashir|البشير|surname|ambiguous|
abdalla-hamdok|حمدوك|surname||
abdalla-hamdok|عبدالله حمدوك|name||
mahmoud-abbas|عباس|surname|ambiguous|الرئيس _|الرئيس الفلسطيني _|السلطة الفلسطينية _
mahmoud-abbas|أبو مازن|name||
yasser-arafat|عرفات|surname|ambiguous|
yasser-arafat|أبو عمار|name||
ismail-haniyeh|هنية|surname||
salam-fayyad|فياض|surname|ambiguous|
mohammad-shtayyeh|اشتية|surname||
mohammad-shtayyeh|محمد إشتية|name||
ahmed-qurei|أبو علاء|name|ambiguous|
ahmed-qurei|قريع|surname||
rami-hamdallah|الحمد الله|surname|ambiguous|
benjamin-netanyahu|نتنياهو|surname||
benjamin-netanyahu|بنيامين نتانياهو|name||
benjamin-netanyahu|نتانياهو|surname||
ariel-sharon|شارون|surname||
ehud-olmert|أولمرت|surname||
ehud-barak|باراك|surname|ambiguous|
shimon-peres|بيريز|surname|ambiguous|
isaac-herzog|هرتسوغ|surname||
isaac-herzog|يتسحاق هرتسوغ|name||
reuven-rivlin|ريفلين|surname||
naftali-bennett|بينيت|surname||
yair-lapid|لابيد|surname||
tzipi-livni|ليفني|surname||
avigdor-lieberman|ليبرمان|surname||
avigdor-lieberman|أفيغدور ليبرمان|full_name||
gabi-ashkenazi|أشكنازي|surname||
benny-gantz|غانتس|surname||
yoav-gallant|غالانت|surname||
israel-katz|كاتس|surname||
gideon-saar|ساعر|surname||
eli-cohen|كوهين|surname|ambiguous|
recep-tayyip-erdogan|أردوغان|surname||
recep-tayyip-erdogan|رجب أردوغان|name||
ahmet-davutoglu|داود أوغلو|surname||
abdullah-gul|غول|surname|ambiguous|
binali-yildirim|يلدريم|surname||
ali-babacan|باباجان|surname||
mevlut-cavusoglu|جاويش أوغلو|surname||
mevlut-cavusoglu|تشاووش أوغلو|surname||
hakan-fidan|فيدان|surname||
hulusi-akar|أكار|surname||
yasar-guler|غولر|surname||
bulent-ecevit|أجاويد|surname||
donald-trump|دونالد ترمب|name||
donald-trump|ترامب|surname||
donald-trump|ترمب|surname||
barack-obama|أوباما|surname||
barack-obama|باراك حسين أوباما|full_name||
joe-biden|بايدن|surname||
joe-biden|جوزيف بايدن|name||
george-w-bush|جورج دبليو بوش|name||
george-w-bush|بوش الابن|short_name||
bill-clinton|كلينتون|surname|ambiguous|
hillary-clinton|كلينتون|surname|ambiguous|
hillary-clinton|هيلاري رودهام كلينتون|full_name||
colin-powell|باول|surname|ambiguous|
condoleezza-rice|رايس|surname|ambiguous|
condoleezza-rice|كونداليزا رايس|name||
john-kerry|كيري|surname||
rex-tillerson|تيلرسون|surname||
mike-pompeo|بومبيو|surname||
antony-blinken|بلينكن|surname||
antony-blinken|أنتوني بلينكين|name||
marco-rubio|روبيو|surname||
madeleine-albright|أولبرايت|surname||
donald-rumsfeld|رامسفيلد|surname||
robert-gates|غيتس|surname|ambiguous|
leon-panetta|بانيتا|surname||
chuck-hagel|هيغل|surname|ambiguous|
ash-carter|كارتر|surname|ambiguous|
ash-carter|أشتون كارتر|name||
jim-mattis|ماتيس|surname||
jim-mattis|جيمس ماتيس|name||
mark-esper|إسبر|surname||
lloyd-austin|أوستن|surname|ambiguous|
pete-hegseth|هيغسيث|surname||
dick-cheney|تشيني|surname||
mike-pence|بنس|surname|ambiguous|نائب الرئيس _
kamala-harris|هاريس|surname|ambiguous|
jd-vance|فانس|surname||
jd-vance|جي دي فانس|name||
vladimir-putin|بوتين|surname||
vladimir-putin|فلاديمير فلاديميروفيتش بوتين|full_name||
dmitry-medvedev|ميدفيديف|surname||
dmitry-medvedev|ديمتري ميدفيديف|name||
mikhail-mishustin|ميشوستين|surname||
sergey-lavrov|لافروف|surname||
sergei-shoigu|شويغو|surname||
andrei-belousov|بيلاوسوف|surname||
anatoly-serdyukov|سيرديوكوف|surname||
xi-jinping|شي جينبينغ|name||
hu-jintao|هو جين تاو|name||
wang-yi|وانغ يي|full_name||
qin-gang|تشين غانغ|name||
tony-blair|بلير|surname||
gordon-brown|براون|surname|ambiguous|
gordon-brown|غوردون براون|name||
david-cameron|كاميرون|surname|ambiguous|
theresa-may|تيريزا ماي|full_name||
boris-johnson|جونسون|surname|ambiguous|
rishi-sunak|سوناك|surname||
keir-starmer|ستارمر|surname||
liz-truss|تراس|surname|ambiguous|
jack-straw|سترو|surname||
david-miliband|ميليباند|surname||
william-hague|هيغ|surname||
william-hague|وليام هيغ|name||
philip-hammond|هاموند|surname||
david-lammy|لامي|surname||
ben-wallace|والاس|surname|ambiguous|
john-healey|هيلي|surname|ambiguous|
jacques-chirac|شيراك|surname||
nicolas-sarkozy|ساركوزي|surname||
francois-hollande|أولاند|surname||
francois-hollande|فرنسوا أولاند|name||
emmanuel-macron|ماكرون|surname||
emmanuel-macron|إيمانويل ماكرون|full_name||
laurent-fabius|فابيوس|surname||
jean-yves-le-drian|لودريان|surname||
jean-yves-le-drian|جان إيف لو دريان|name||
alain-juppe|جوبيه|surname||
bernard-kouchner|كوشنير|surname||
dominique-de-villepin|دوفيلبان|surname||
jean-noel-barrot|بارو|surname|ambiguous|وزير الخارجية _|الوزير _
michel-barnier|بارنييه|surname||
sebastien-lecornu|لوكورنو|surname||
francois-bayrou|بايرو|surname||
angela-merkel|ميركل|surname||
angela-merkel|أنجيلا ميركل|name||
olaf-scholz|شولتس|surname||
olaf-scholz|أولاف شولتز|name||
olaf-scholz|شولتز|surname||
friedrich-merz|ميرتس|surname||
friedrich-merz|فريدرش ميرتس|name||
frank-walter-steinmeier|فرانك فالتر شتاينماير|name||
frank-walter-steinmeier|شتاينماير|surname||
gerhard-schroder|شرودر|surname||
joschka-fischer|فيشر|surname|ambiguous|
annalena-baerbock|بيربوك|surname||
boris-pistorius|بيستوريوس|surname||
ursula-von-der-leyen|فون دير لاين|surname||
ali-abdullah-saleh|صالح|surname|ambiguous|
abdrabbuh-mansur-hadi|هادي|surname|ambiguous|
abdrabbuh-mansur-hadi|عبد ربه منصور|short_name||
rashad-al-alimi|العليمي|surname||
saddam-hussein|صدام|short_name||
nouri-al-maliki|المالكي|surname|ambiguous|
haider-al-abadi|العبادي|surname|ambiguous|
mustafa-al-kadhimi|الكاظمي|surname|ambiguous|
mohammed-shia-al-sudani|السوداني|surname|ambiguous|رئيس الوزراء _|رئيس الحكومة _|رئيس الوزراء العراقي _
adil-abdul-mahdi|عبد المهدي|surname|ambiguous|
ayad-allawi|علاوي|surname||
ibrahim-al-jaafari|الجعفري|surname|ambiguous|
jalal-talabani|طالباني|surname||
jalal-talabani|الطالباني|surname||
barham-salih|صالح|surname|ambiguous|
fuad-masum|معصوم|surname|ambiguous|
hoshyar-zebari|زيباري|surname||
rafik-hariri|رفيق الحريري|full_name||
rafik-hariri|الحريري|surname|ambiguous|
saad-hariri|الحريري|surname|ambiguous|
najib-mikati|ميقاتي|surname||
fouad-siniora|السنيورة|surname||
emile-lahoud|لحود|surname||
michel-aoun|عون|surname|ambiguous|
joseph-aoun|عون|surname|ambiguous|
joseph-aoun|جوزيف عون|name||
nawaf-salam|سلام|surname|ambiguous|رئيس الوزراء _|رئيس الحكومة _|القاضي _
tammam-salam|سلام|surname|ambiguous|
hassan-diab|دياب|surname|ambiguous|
gebran-bassil|باسيل|surname||
michel-suleiman|ميشال سليمان|full_name||
abdullah-ii-of-jordan|الملك عبد الله الثاني|name||
abdullah-ii-of-jordan|عبد الله الثاني بن الحسين|full_name||
ayman-safadi|الصفدي|surname|ambiguous|
nasser-judeh|جودة|surname|ambiguous|
hussein-bin-abdullah|الأمير الحسين بن عبد الله الثاني|name||
mohammed-bin-salman|محمد بن سلمان بن عبد العزيز آل سعود|full_name||
mohammed-bin-salman|محمد بن سلمان آل سعود|name||
mohammed-bin-salman|بن سلمان|short_name||
mohammed-bin-salman|ابن سلمان|short_name||
mohammed-bin-salman|الأمير محمد بن سلمان|name||
salman-bin-abdulaziz|سلمان بن عبد العزيز آل سعود|full_name||
salman-bin-abdulaziz|الملك سلمان|short_name||
abdullah-bin-abdulaziz|عبد الله بن عبد العزيز آل سعود|full_name||
abdullah-bin-abdulaziz|الملك عبد الله|short_name|ambiguous|خادم الحرمين الشريفين _|العاهل السعودي _
abdullah-ii-of-jordan|الملك عبد الله|short_name|ambiguous|العاهل الأردني _
fahd-bin-abdulaziz|فهد بن عبد العزيز آل سعود|full_name||
fahd-bin-abdulaziz|الملك فهد|short_name||
sultan-bin-abdulaziz|سلطان بن عبد العزيز آل سعود|full_name||
nayef-bin-abdulaziz|نايف بن عبد العزيز آل سعود|full_name||
mohammed-bin-nayef|محمد بن نايف بن عبد العزيز|full_name||
muqrin-bin-abdulaziz|مقرن بن عبد العزيز آل سعود|full_name||
khalid-bin-salman|خالد بن سلمان بن عبد العزيز|full_name||
faisal-bin-farhan|فيصل بن فرحان آل سعود|full_name||
adel-al-jubeir|الجبير|surname||
mohammed-bin-zayed-al-nahyan|محمد بن زايد|name||
mohammed-bin-rashid-al-maktoum|محمد بن راشد|name||
khalifa-bin-zayed-al-nahyan|خليفة بن زايد|name||
zayed-bin-sultan-al-nahyan|الشيخ زايد|short_name|ambiguous|الراحل _|المغفور له _
khaled-bin-mohamed-bin-zayed|خالد بن محمد بن زايد آل نهيان|full_name||
hamdan-bin-mohammed-al-maktoum|حمدان بن محمد|name||
mansour-bin-zayed-al-nahyan|منصور بن زايد|name||
tamim-bin-hamad-al-thani|تميم بن حمد|name||
tamim-bin-hamad-al-thani|الشيخ تميم|short_name||
hamad-bin-khalifa-al-thani|حمد بن خليفة|name||
hamad-bin-jassim-al-thani|حمد بن جاسم|name||
mohammed-bin-abdulrahman-al-thani|محمد بن عبد الرحمن|name||
qaboos-bin-said|قابوس بن سعيد آل سعيد|full_name||
qaboos-bin-said|السلطان قابوس|short_name||
haitham-bin-tariq|هيثم بن طارق آل سعيد|full_name||
haitham-bin-tariq|السلطان هيثم|short_name||
badr-albusaidi|بدر بن حمد البوسعيدي|full_name||
hamad-bin-isa-al-khalifa|حمد بن عيسى|name||
salman-bin-hamad-al-khalifa|سلمان بن حمد|name||
sabah-al-ahmad-al-sabah|صباح الأحمد|short_name||
nawaf-al-ahmad-al-sabah|نواف الأحمد|short_name||
mishal-al-ahmad-al-sabah|مشعل الأحمد|short_name||
mohammed-vi-of-morocco|الملك محمد السادس|name||
abdelmadjid-tebboune|تبون|surname||
abdelaziz-bouteflika|بوتفليقة|surname||
ahmed-ouyahia|أويحيى|surname||
abdelmalek-sellal|سلال|surname|ambiguous|رئيس الوزراء _|الوزير الأول _
ramtane-lamamra|لعمامرة|surname||
kais-saied|قيس سعيّد|full_name||
kais-saied|سعيد|surname|ambiguous|
zine-el-abidine-ben-ali|بن علي|surname|ambiguous|
beji-caid-essebsi|السبسي|surname||
beji-caid-essebsi|الباجي قائد السبسي|name||
moncef-marzouki|المرزوقي|surname||
muammar-gaddafi|القذافي|surname||
muammar-gaddafi|معمر القذافي|full_name||
fayez-al-sarraj|السراج|surname|ambiguous|
abdul-hamid-dbeibah|الدبيبة|surname||
abdul-hamid-dbeibah|عبد الحميد الدبيبة|full_name||
mohamed-al-menfi|المنفي|surname|ambiguous|رئيس المجلس الرئاسي _
mohamed-ould-ghazouani|الغزواني|surname||
mohamed-ould-ghazouani|محمد ولد الغزواني|name||
mohamed-ould-abdel-aziz|ولد عبد العزيز|surname||
ismail-omar-guelleh|جيله|surname||
azali-assoumani|غزالي|surname|ambiguous|
isaias-afwerki|أفورقي|surname||
isaias-afwerki|إسياس أفورقي|name||
abiy-ahmed|آبي أحمد علي|full_name||
salva-kiir|سلفا كير|name||
mohamed-abdullahi-farmajo|فرماجو|surname||
mohamed-abdullahi-farmajo|محمد عبد الله محمد فرماجو|full_name||
hassan-sheikh-mohamud|حسن شيخ|short_name||
hamid-karzai|كرزاي|surname||
ashraf-ghani|أشرف غني أحمدزي|full_name||
mullah-omar|الملا عمر|name||
hibatullah-akhundzada|هبة الله آخوند زاده|name||
kofi-annan|عنان|surname|ambiguous|
ban-ki-moon|بان|surname|ambiguous|
antonio-guterres|غوتيريش|surname||
antonio-guterres|غوتيريس|surname||
antonio-guterres|أنطونيو غوتيريس|name||
boutros-boutros-ghali|بطرس غالي|short_name||
volodymyr-zelensky|زيلينسكي|surname||
volodymyr-zelensky|فولوديمير زيلينسكي|full_name||
alexander-lukashenko|لوكاشينكو|surname||
alexander-lukashenko|ألكسندر لوكاشنكو|name||
ilham-aliyev|علييف|surname|ambiguous|
heydar-aliyev|علييف|surname|ambiguous|
nikol-pashinyan|باشينيان|surname||
narendra-modi|مودي|surname||
imran-khan|عمران|short_name|ambiguous|
nawaz-sharif|شريف|surname|ambiguous|
shehbaz-sharif|شريف|surname|ambiguous|
shehbaz-sharif|شهباز|short_name||
pervez-musharraf|مشرف|surname|ambiguous|
pervez-musharraf|برفيز مشرف|name||
asif-ali-zardari|زرداري|surname||
sheikh-hasina|الشيخة حسينة|name||
sheikh-hasina|حسينة واجد|name||
kim-jong-un|كيم|surname|ambiguous|الزعيم الكوري الشمالي _
kim-jong-il|كيم|surname|ambiguous|
kim-dae-jung|كم داي جنغ|name|historical|
nicolas-maduro|مادورو|surname||
hugo-chavez|تشافيز|surname||
luiz-inacio-lula-da-silva|لولا دا سيلفا|name||
luiz-inacio-lula-da-silva|لولا|short_name|ambiguous|الرئيس _|الرئيس البرازيلي _
jair-bolsonaro|بولسونارو|surname||
silvio-berlusconi|برلسكوني|surname||
giorgia-meloni|جورجا ملوني|name|historical|
giorgia-meloni|ميلوني|surname||
viktor-orban|أوربان|surname||
pedro-sanchez|سانشيز|surname|ambiguous|
justin-trudeau|ترودو|surname||
fidel-castro|كاسترو|surname|ambiguous|
raul-castro|كاسترو|surname|ambiguous|
idriss-deby|ديبي|surname|ambiguous|
mahamat-deby|ديبي|surname|ambiguous|
mahamat-deby|محمد ديبي|name||
jacob-zuma|زوما|surname||
robert-mugabe|موغابي|surname||
yoweri-museveni|يويري موسيفيني|name||
yoweri-museveni|موسيفيني|surname||
john-magufuli|جون ماغوفولي|name||
shinzo-abe|آبي|surname|ambiguous|
mahathir-mohamad|مهاتير|short_name||
pope-francis|فرنسيس|short_name|ambiguous|البابا _
pope-leo-xiv|لاون الرابع عشر|name||
pope-benedict-xvi|بنديكتوس السادس عشر|name||
elizabeth-ii|الملكة إليزابيث الثانية|name||
elizabeth-ii|الملكة إليزابيث|short_name||
charles-iii|الملك تشارلز الثالث|name||
charles-iii|الملك تشارلز|short_name||
"""

ROLES = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "crown_prince", "supreme_leader", "vice_president", "un_secretary_general",
         "military_commander"]
FORMS = ["full_name", "name", "short_name", "surname"]
FLAGS = ["ambiguous", "article", "literal", "pejorative", "historical"]
ROLE_CUES = {
    "head_of_state": ["الرئيس _"],
    "head_of_government": ["رئيس الوزراء _", "رئيس الحكومة _"],
    "foreign_minister": ["وزير الخارجية _"],
    "defence_minister": ["وزير الدفاع _"],
    "crown_prince": ["ولي العهد _"],
    "supreme_leader": ["المرشد _", "المرشد الأعلى _"],
    "vice_president": ["نائب الرئيس _"],
    "un_secretary_general": ["الأمين العام _", "الأمين العام للأمم المتحدة _"],
    "military_commander": ["قائد فيلق القدس _", "اللواء _", "الجنرال _"],
}
START_YEAR = "2000-01-01"
PRESIDENTIAL_HOG = {"IR", "US"}   # Wikidata's head_of_government there is the president
KEEP_STATES = {"PS", "VA", "XK", "TW"}   # besides the UN members


def norm(s):
    s = re.sub("[\u064b-\u065f\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s)
    s = s.replace("ى", "ي").replace("ة", "ه").replace("ئ", "ي").replace("ؤ", "و")
    return re.sub(r"\s+", " ", s).strip()


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def strip_disambiguator(s):
    return re.sub(r"\s*\([^)]*\)\s*", " ", s).strip()


def table(text, n):
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) < n:
            parts += [""] * (n - len(parts))
        out.append(parts)
    return out


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--seed", default="/work/shared/data-sources")
    ap.add_argument("--out", default=os.path.join(here, "..", "gazetteers"))
    a = ap.parse_args()

    with open(os.path.join(a.seed, "countries.tsv"), encoding="utf-8") as f:
        crows = list(csv.DictReader(f, delimiter="\t"))
    all_codes = {r["iso2"] for r in crows}
    states = {r["iso2"] for r in crows if r["un_member_cldr"] == "yes"} | KEEP_STATES

    with open(os.path.join(a.seed, "officials.tsv"), encoding="utf-8") as f:
        wrows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))

    # ---- persons -------------------------------------------------------
    persons = {}      # id -> dict
    qid2id = {}
    for qid, pid, ar, en in table(WD_PERSONS, 4):
        if pid == "-":
            continue
        persons[pid] = dict(id=pid, ar=ar, en=en, qid=qid, src={"wikidata", "curated"}, arw="")
        qid2id[qid] = pid
    for pid, ar, en, qid in table(CURATED_PERSONS, 4):
        if ar == "-":
            continue
        assert pid not in persons, pid
        persons[pid] = dict(id=pid, ar=ar, en=en, qid=qid, src={"curated"}, arw="")
        if qid:
            qid2id[qid] = pid

    def recent(r):
        return r["start"] and (r["end"] == "" or r["end"] >= START_YEAR)

    # ArWikiCats names
    for r in wrows:
        ar = strip_disambiguator(r["ar_name_arwikicats"])
        if not ar or not recent(r) or r["iso2"] not in states:
            continue
        q = r["wikidata_qid"]
        if q not in qid2id:
            pid = slug(r["person_label"])
            assert pid not in persons, pid
            persons[pid] = dict(id=pid, ar=ar, en=r["person_label"], qid=q,
                                src={"wikidata", "arwikicats"}, arw=ar)
            qid2id[q] = pid
        else:
            p = persons[qid2id[q]]
            p["arw"] = ar
            if p["ar"] == "=" or norm(p["ar"]) == norm(ar):
                p["ar"] = ar          # the name is ArWikiCats', the QID Wikidata's
                p["src"] = {"wikidata", "arwikicats"}
    for p in persons.values():
        assert p["ar"] != "=", p["id"]
        if "curated" in p["src"] and "wikidata" in p["src"] and p["arw"] == "":
            pass

    # ---- Wikidata terms ----------------------------------------------------
    drop = {tuple(x) for x in table(DROP_ROWS, 4)}
    replace = defaultdict(list)
    for pid, role, cc, s, e in table(REPLACE_TERMS, 5):
        replace[(pid, role, cc)].append((s, e))
    terms = defaultdict(list)     # (id, role, cc) -> [(start, end, src)]
    left_out = defaultdict(list)
    for r in wrows:
        q = r["wikidata_qid"]
        if q not in qid2id or not recent(r):
            continue
        pid, role, cc = qid2id[q], r["role"], r["iso2"]
        if cc not in states or (cc == "AD" and role == "head_of_state"):
            left_out["territory or non-state"].append((pid, role, cc))
            continue
        if (q, role, cc, r["start"]) in drop or (pid, role, cc) in replace:
            continue
        if pid == "ali-khamenei" and role == "head_of_state":
            pass
        if r["end"] == "":
            if r["person_role_in_current_snapshot"] != "yes":
                left_out["open in Wikidata but not current"].append((pid, role, cc, r["start"]))
                continue
            if pid in UNCERTAIN_OPEN:
                left_out["open term, holder uncertain in late 2026"].append((pid, role, cc, r["start"]))
                continue
        terms[(pid, role, cc)].append((r["start"], r["end"]))

    def jan1(d):
        return d.endswith("-01-01")

    merged = {}
    for key, ts in terms.items():
        ts = sorted(set(ts))
        inf = "9999-12-31"
        # drop year-precision rows that overlap a day-precision row of the same key
        precise = [t for t in ts if not (jan1(t[0]) and (t[1] == "" or jan1(t[1])))]
        def overl(t, u):
            return t[0] <= (u[1] or inf) and u[0] <= (t[1] or inf)
        keep = []
        for t in ts:
            imprecise = jan1(t[0]) and (t[1] == "" or jan1(t[1]) or t[1].endswith("-12-31"))
            if jan1(t[0]) and any(u != t and overl(t, u) and not jan1(u[0]) for u in ts):
                continue
            if imprecise and key[0] not in JAN1_OK and jan1(t[0]) and (t[1] == "" or jan1(t[1])):
                left_out["year-precision dates"].append((key, t))
                continue
            keep.append(t)
        # merge overlapping / touching
        out = []
        for s, e in sorted(keep):
            if out and s <= (out[-1][1] or inf):
                ps, pe = out[-1]
                ne = "" if (pe == "" or e == "") else max(pe, e)
                out[-1] = (ps, ne)
            else:
                out.append((s, e))
        merged[key] = [(s, e, "wikidata") for s, e in out]
    for key, ts in replace.items():
        ts2 = [(s, e, "wikidata|curated") for s, e in ts if s != "-"]
        if ts2:
            merged[key] = ts2
        elif key in merged:
            del merged[key]
    for pid, role, cc, s, e in table(CURATED_TERMS, 5):
        if e == "" and pid in UNCERTAIN_OPEN:
            left_out["open term, holder uncertain in late 2026"].append((pid, role, cc, s))
            continue
        merged.setdefault((pid, role, cc), []).append((s, e, "curated"))

    offices = []
    for (pid, role, cc), ts in merged.items():
        assert pid in persons, pid
        for s, e, src in ts:
            offices.append((pid, role, cc, s, e, src))
    offices.sort(key=lambda t: (t[0], t[3], t[1], t[2]))

    used = {o[0] for o in offices}
    # persons kept even without a datable term (named in the brief or prominent)
    keep_without_terms = {"qasem-soleimani", "muammar-gaddafi", "abdul-hamid-dbeibah",
                          "yoav-gallant", "israel-katz", "gideon-saar", "fathi-bashagha",
                          "mohammed-shia-al-sudani", "ahmed-awad-bin-mubarak", "tzipi-livni",
                          "nicolas-maduro", "nawaf-salam", "aziz-akhannouch", "mohamed-al-menfi",
                          "fuad-hussein", "abdul-latif-rashid", "hamza-abdi-barre",
                          "ahmed-aboul-gheit", "faisal-mekdad", "ibrahim-traore", "assimi-goita",
                          "abiy-ahmed", "jean-noel-barrot"}
    dropped_persons = sorted(p for p in persons if p not in used and p not in keep_without_terms)
    for p in dropped_persons:
        del persons[p]

    # ---- aliases -------------------------------------------------------------
    roles_of = defaultdict(list)
    hos = {(o[0], o[2]) for o in offices if o[1] == "head_of_state"}
    for o in offices:
        role = o[1]
        # presidents listed by Wikidata as heads of government too (US, IR, ...)
        if role == "head_of_government" and ((o[0], o[2]) in hos or o[2] in PRESIDENTIAL_HOG):
            role = "head_of_state"
        if role not in roles_of[o[0]]:
            roles_of[o[0]].append(role)
    aliases = []
    seen = set()
    for pid, p in persons.items():
        seen.add((pid, norm(p["ar"])))
    for pid, p in persons.items():
        if p["arw"] and norm(p["arw"]) != norm(p["ar"]):
            aliases.append([pid, p["arw"], "name", [], [], "arwikicats"])
            seen.add((pid, norm(p["arw"])))
    for row in table(ALIASES, 5):
        pid, alias, form, flags = row[0], row[1], row[2], row[3]
        cues = [c for c in row[4:] if c]
        if pid not in persons:
            print("alias for unknown id skipped:", pid, alias, file=sys.stderr)
            continue
        k = (pid, norm(alias))
        fl = [f for f in flags.split(",") if f]
        prev = [al for al in aliases if (al[0], norm(al[1])) == k]
        if prev:                      # an ArWikiCats spelling: set its form / flags
            prev[0][2], prev[0][3], prev[0][4] = form, fl, cues
            continue
        if k in seen and not fl:      # same as the implicit name_ar: nothing to add
            continue
        seen.add(k)
        aliases.append([pid, alias, form, fl, cues, "curated"])
    # shared normalized aliases (incl. implicit names) must be ambiguous on every row
    owners = defaultdict(set)
    for pid, p in persons.items():
        owners[norm(p["ar"])].add(pid)
    for al in aliases:
        owners[norm(al[1])].add(al[0])
    for al in aliases:
        if len(owners[norm(al[1])]) > 1 and "ambiguous" not in al[3]:
            al[3].append("ambiguous")
    have = {(al[0], norm(al[1])) for al in aliases}
    for n, ids in owners.items():
        if len(ids) > 1:
            for pid in ids:
                if norm(persons[pid]["ar"]) == n and (pid, n) not in have:
                    aliases.append([pid, persons[pid]["ar"], "full_name", ["ambiguous"], [], "curated"])
    for al in aliases:
        if "ambiguous" in al[3] and not al[4]:
            cues = []
            for role in roles_of.get(al[0], []):
                for c in ROLE_CUES[role]:
                    if c not in cues:
                        cues.append(c)
            al[4] = cues or ["_"]
    aliases.sort(key=lambda a: (a[0], FORMS.index(a[2]), a[1]))

    # ---- write ---------------------------------------------------------------
    os.makedirs(a.out, exist_ok=True)
    def write(name, header, rows):
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="") as f:
            f.write("\t".join(header) + "\n")
            for r in rows:
                assert all("\t" not in c and "\n" not in c for c in r), r
                f.write("\t".join(r) + "\n")
    def srcs(s):
        order = ["wikidata", "arwikicats", "curated"]
        return "|".join(x for x in order if x in s)
    write("officials.tsv", ["id", "name_ar", "name_en", "wikidata", "source"],
          [[p["id"], p["ar"], p["en"], p["qid"], srcs(p["src"])]
           for p in sorted(persons.values(), key=lambda p: p["id"])])
    write("offices.tsv", ["official", "role", "country", "start", "end", "source"],
          [list(o) for o in offices])
    write("official_aliases.tsv", ["id", "alias", "form", "flags", "cues", "source"],
          [[al[0], al[1], al[2], "|".join(al[3]), "|".join(al[4]), al[5]] for al in aliases])

    # ---- report --------------------------------------------------------------
    print(f"persons {len(persons)}, terms {len(offices)}, aliases {len(aliases)}", file=sys.stderr)
    for k, v in left_out.items():
        print(f"left out ({k}): {len(v)}", file=sys.stderr)
    if dropped_persons:
        print("persons with no term left, dropped:", " ".join(dropped_persons), file=sys.stderr)
    if os.environ.get("VERBOSE"):
        for k, v in left_out.items():
            for x in v:
                print(k, x, file=sys.stderr)


if __name__ == "__main__":
    main()
