### Curriculum texts in ti: the name of each curriculum and area, and each aim's short
### name and plain explanation (assets/competence/pack.json lists the aims).
### A line under "# review:" is a translation a native speaker should still check.

# review: plain-language wording not yet read by a native speaker
curriculum-rmf1-01 = ቤት መግቢን መግብን (ቀዳማይ ዓመት)
# review: plain-language wording not yet read by a native speaker
curriculum-rh03-01 = ሞያ ጽሬት
# review: plain-language wording not yet read by a native speaker
curriculum-alk = ባህሊ ስራሕ
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-raw-materials = ጥረ ነገራት፡ ምፍራይን ጽሬትን
# review: plain-language wording not yet read by a native speaker
area-rmf1-01-working-life = ዕዮን ህይወት ስራሕን
# review: plain-language wording not yet read by a native speaker
area-rh03-01-planning = መደብ
# review: plain-language wording not yet read by a native speaker
area-rh03-01-cleaning = ጽሬት
# review: plain-language wording not yet read by a native speaker
area-rh03-01-trade = ፍልጠት ሞያ
# review: plain-language wording not yet read by a native speaker
area-alk-culture = ባህሊ ስራሕ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1 = ጽሬት
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-1-plain = ኣእዳውኪ ተሓጸቢ፡ ንርእስኺ፡ ንመግብን ንክሽነን ከም ሕጊ ጽሩይ ሓልዊ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2 = መሳርሒታትን ማሽናትን
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-2-plain = መሳርሒታትን ማሽናትን ተጠቐሚ፡ ኣወዲዲ፡ ኣጽርዪ፡ መግቢ ውሑስ ምእንቲ ክኸውን።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3 = ጥዕናን ድሕንነትን ኣብ ስራሕ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-3-plain = ብድሕንነት ስርሒ፡ ብቕኑዕ ኣልዕሊ፡ ከም ጓንቲ ዝኣመሰለ መከላኸሊ ተኸደኒ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4 = ውሑስ መግቢ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-4-plain = መግቢ እንታይ ውሑስ ከም ዝገብሮ ፍለጢ፡ ቅኑዕ ሙቐት፡ ግዜ ዕቑር፡ መዓልታዊ ምርመራ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5 = ጥረ ነገራት
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-5-plain = ጥረ ነገራት ጽቡቓት ድዮም ርኣዪ፡ ብቕኑዕ ተጠቐምሎም።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6 = ኣገባብ ምስራሕ መግቢ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-6-plain = ኣገባብ ኣንብቢ፡ ስራሕ ሕቐዲ፡ መግቢ ስርሒ፡ ጽቡቕ ምዃኑ ርኣዪ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7 = ባህሊ መግቢ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-7-plain = መግቢ ካብ ኖርወይ፡ ካብ ባህሊ ሳሚን ካብ ኩሉ ዓለምን ስርሒ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8 = መግቢ ንኹሉ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-8-plain = ንዝተፈላለዩ ሃይማኖታትን ድሌታትን መግቢ ስርሒ፡ ምኽሪ ጥዑይ መግቢ ፍለጢ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9 = ምዕሻግን ምልካትን መግቢ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-9-plain = መግቢ ዓሽጊ፡ ከም ሕጊ ስምን ዕለትን ዘለዎ ምልክት ጽሓፊ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10 = ምድላው ቤት ቡን
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-10-plain = ቤት ቡን ኣዳልዊ፡ መሸጢ ምልኢ፡ ጣውላታት ኣዳልዊ፡ ኣጻሪ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11 = ቀዳማይ ረድኤት
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-11-plain = ንዝተጎድአ ወይ ዝሓመመ ሰብ ክሳብ ሓገዝ ዝመጽእ ሓግዚ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12 = ኣገልግሎትን ምትሕብባርን
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-12-plain = ምስ ዓማዊልን መሳርሕትን ተዛረቢ፡ ጽቡቕ ኣገልግሎት ሃቢ።
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13 = ኣካላት ዕዮ
# review: plain-language wording not yet read by a native speaker
aim-rmf1-01-13-plain = ኣስራሕቲ፡ ማሕበራት ሰራሕተኛታትን መንግስትን ከመይ ከም ዝተሓጋገዙ ፍለጢ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1 = ብመሰረት ስእሊ ምሕቃድ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-1-plain = ስእሊ ወይ መግለጺ ኣንብቢ፡ ስራሕን ዝወስዶ ግዜን ሕቐዲ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2 = ዲጂታላዊ መሳርሒታት
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-2-plain = ታብሌት ወይ ኮምፒተር ተጠቒምኪ ስራሕ ሕቐድን ሕሰብን።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3 = መደብ ጽሬት
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-3-plain = እንታይ ክጸሪ ከም ዘለዎ ርኣዪ፡ መደብ ግበሪ፡ ዝገበርክዮ ሓብሪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4 = ቅኑዕ ኣገባብ ንነፍሲ ወከፍ ገጽ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-4-plain = ቅኑዕ ኣገባብ ምጽራይ ናሕሲ፡ መንደቕ፡ መሬትን ኣቕሑን ምረጺ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5 = ግዜን ገንዘብን ምቁጣብ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-5-plain = ብዘይ ብኽነት ስራሕ ብጽቡቕ ዝሰርሑ ኣገባባት ምረጺ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6 = ውሑስ መሳርሒ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-6-plain = ንሰውነት ዝሰማማዕ መሳርሒ ምረጺ፡ ሓደጋ ርኣዪ፡ መከላኸሊ ተኸደኒ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7 = ምክንኻን ገጻት
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-7-plain = ክፍሊ ጽሩይ፡ ኣየር ጽቡቕ ምእንቲ ክኸውን ገጻት ኣጽርዪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8 = ብጥንቃቐ ምስራሕን ምምዝጋብን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-8-plain = ንሰውነትኪ ብዝሰማማዕ ስርሒ፡ ስራሕ ብዲጂታል መዝግቢ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9 = ምጽራይ መሬትን ገጻትን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-9-plain = ልሙጽ፡ ፍርቂ ተሪርን ተሪርን ገጻት ከም መደብ ኣጽርዪ፡ ጽቡቕ ምዃኑ ርኣዪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10 = ኬሚካላትን መሳርሒታትን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-10-plain = ስለምንታይ ሓደ መጽረዪ፡ መሳርሒን ኣገባብን ከም እትመርጺ ግለጺ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11 = ዓይነታት ረሳሕ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-11-plain = እንታይ ዓይነት ረሳሕ ምዃኑ ርኣዪ፡ ብቕኑዕ ኣጽርዪ፡ ውጽኢት ፈትሺ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12 = ማሽናትን ምክልኻል ለበዳን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-12-plain = ማሽናት ጽሬት ተጠቐሚ፡ ለበዳ ንምክልኻል ኣጽርዪ፡ ኮምፒተርን ተሌፎንን ኣጽርዪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13 = ምዕቃን ኣየር ውሽጢ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-13-plain = ኣየር ውሽጢ ጽቡቕ ምዃኑ ንምርግጋጽ መዐቀኒ ተጠቐሚ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14 = ድሕሪ ጉድኣት ምጽራይ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-14-plain = ድሕሪ ጉድኣት ማይ፡ ሓዊ ወይ ካልእ ጉድኣት ኣጽርዪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15 = ስሩዕ ጽሬት
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-15-plain = መዓልታዊ፡ ሰሙናዊን ሒደት ግዜ ኣብ ዓመትን ዝግበር ጽሬት ግበሪ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16 = ጓሓፍን ሓደገኛ ነገራትን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-16-plain = ጓሓፍ ፈላልዪ፡ ሓደገኛ ኬሚካላት ከም ሕጊ ሓዝዮም።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17 = ሕጊ ድሕንነትን ኣገልግሎት ዓማዊልን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-17-plain = ሕጊ ጥዕናን ድሕንነትን ተኸተሊ፡ ምስ ዓማዊል ሕያውን ሞያውን ኩኒ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18 = ሕግታትን ጽሬትን
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-18-plain = ሕጊ ጥዕናን ድሕንነትን ግለጺ፡ ጽሬት ከመይ ከም ዝረጋገጽ ድማ።
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19 = ምትሕብባር ኣብ ስራሕ
# review: plain-language wording not yet read by a native speaker
aim-rh03-01-19-plain = ኣብ ቦታ ስራሕ ምትሕብባር ስለምንታይ ኣገዳሲ ምዃኑ ተዛረቢ።
# review: plain-language wording not yet read by a native speaker
aim-alk-1 = ትጽቢታት ኣብ ስራሕ
# review: plain-language wording not yet read by a native speaker
aim-alk-1-plain = መሳርሕትን ሓላፍን እንታይ ከም ዝጽበዩኺ ፍለጢ፡ ዘይተጻሕፉ ሕግታት ውን።
# review: plain-language wording not yet read by a native speaker
aim-alk-2 = መሰላትን ግቡኣትን
# review: plain-language wording not yet read by a native speaker
aim-alk-2-plain = ከም ሰራሕተኛ ኣብ ኖርወይ መሰላትኪን ግቡኣትኪን ፍለጢ።
# review: plain-language wording not yet read by a native speaker
aim-alk-3 = ስራሕን ስድራን
# review: plain-language wording not yet read by a native speaker
aim-alk-3-plain = ኣብ ስራሕ ተራኺ ርኸቢ፡ ኣብ መንጎ ስራሕን ብሕታዊ ህይወትን ሚዛን ግበሪ።
# review: plain-language wording not yet read by a native speaker
aim-alk-4 = ታሪኽ ህይወት ስራሕ
# review: plain-language wording not yet read by a native speaker
aim-alk-4-plain = ብዛዕባ ህይወት ስራሕ ኖርወይ ቀደምን ሕጂን ተማሃሪ፡ ስራሕ ንስድራን ሕብረተሰብን ስለምንታይ ኣገዳሲ ምዃኑ ድማ።
