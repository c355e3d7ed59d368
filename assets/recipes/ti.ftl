### The starter recipes in Tigrinya; see pack.json. Every line is marked for a native speaker to check.

# review:
fiskesuppe = መረቕ ዓሳ
# review:
fiskesuppe-1 = ካሮት፡ ድንሽን ሽጉርቲን ቅረፍዮም። ንኣሽቱ ጌርኪ ቆርጽዮም።
# review:
fiskesuppe-2 = ኣብ ድስቲ ጠስሚ ኣሕቕዪ። ሓርጭ ሕወስዮ።
# review:
fiskesuppe-3 = መረቕን ጸባን ቁሩብ ቁሩብ ወስኺ። ኩሉ ግዜ ኣንቀሳቕሲ።
# review:
fiskesuppe-4 = ኣሕምልቲ ወስኺ። ን10 ደቒቕ ኣፍልሒ።
# review:
fiskesuppe-5 = ዓሳ ብቑራጽ ቆርጺ። ዓሳ፡ ሽሪምፕን ክሬምን ወስኺ። ን5 ደቒቕ ብትሑት ሓዊ ግደፍዮ።
# review:
fiskesuppe-6 = ብጨውን በርበረን ኣጣዕምዮ። ልምዒ ኣብ ልዕሊኡ ንዝዒ።
# review:
kjottkaker = ቁራጽ ስጋ ብቡናዊ ሶስ
# review:
kjottkaker-1 = ዝተፈጨ ስጋ፡ ጨው፡ በርበረን እንቋቝሖን ኣብ ሳሕኒ ሕወስዮ።
# review:
kjottkaker-2 = ኣጃን ጸባን ወስኺ። ክቡብ ቁራጽ ስርሒ።
# review:
kjottkaker-3 = ነቲ ቁራጽ ብጠስሚ ብኽልቲኡ ወገን ጥበስዮ፡ ኣስታት 8 ደቒቕ።
# review:
kjottkaker-4 = ሓርጭ ብጠስሚ ጥበስዮ። ለስላሳ ሶስ ክኸውን መረቕ ወስኺ።
# review:
kjottkaker-5 = ነቲ ቁራጽ ኣብ ሶስ ኣእትዊ። ን15 ደቒቕ ብትሑት ሓዊ ኣብስሊ።
# review:
vafler = ዋፍል
# review:
vafler-1 = እንቋቝሖን ሽኮርን ክሳዕ ዝፈኩስ ሃርምዮ።
# review:
vafler-2 = ሓርጭ፡ ጸባን ኮረሪማን ወስኺ። ክሳዕ ዝለስልስ ኣንቀሳቕሲ።
# review:
vafler-3 = ጠስሚ ኣሕቕዪ ኣብቲ ሕዋስ ወስኽዮ።
# review:
vafler-4 = ነቲ ሕዋስ ን15 ደቒቕ ኣዕርፍዮ።
# review:
vafler-5 = ዋፍል ብመሳርሒ ዋፍል ስንክዮ፡ ነፍሲ ወከፍ ኣስታት 3 ደቒቕ።
# review:
skolebrod = ባኒ ቤት ትምህርቲ
# review:
skolebrod-1 = ጠስሚ ኣሕቕዪ። ጸባ ወስኺ ክሳዕ ዝለዓል ኣውዕዮ።
# review:
skolebrod-2 = ላቪቶ ኣብ ጸባ ሕወስዮ። ሽኮር፡ ኮረሪማን ሓርጭን ወስኺ።
# review:
skolebrod-3 = ሊጥ ጽቡቕ ጌርኪ ለውስዮ። ን30 ደቒቕ ክብኩዕ ግደፍዮ።
# review:
skolebrod-4 = ሊጥ ናብ 12 ባኒ መቕርሒ። ኣብ ማእከል ነፍሲ ወከፍ ጉድጓድ ጌርኪ ክሬም ቫኒላ መልእዮ።
# review:
skolebrod-5 = ብ225 ዲግሪ ን12 ደቒቕ ስንክዮ።
# review:
skolebrod-6 = ሽኮር ለኽዮ ኮኮናት ንዝዒ።
# review:
rundstykker = ንኣሽቱ ባኒ
# review:
rundstykker-1 = ላቪቶ ኣብ ለስ ዝበለ ማይ ሕወስዮ።
# review:
rundstykker-2 = ጨው፡ ዘይትን ሓርጭን ወስኺ። ሊጥ ን10 ደቒቕ ለውስዮ።
# review:
rundstykker-3 = ሊጥ ትሕቲ መንሸፍ ን45 ደቒቕ ክብኩዕ ግደፍዮ።
# review:
rundstykker-4 = 12 ክቡብ ባኒ ስርሒ። ካልእ 30 ደቒቕ ክብኩዑ ግደፍዮም።
# review:
rundstykker-5 = እንቋቝሖ ለኽዮ ሰሊጥ ንዝዒ። ብ225 ዲግሪ ን15 ደቒቕ ስንክዮ።
# review:
havregrot = ገዓት ኣጃ
# review:
havregrot-1 = ኣጃ፡ ማይን ጨውን ኣብ ድስቲ ኣእትዊ።
# review:
havregrot-2 = ኣፍልሒ። ሳሕቲ ኣንቀሳቕሲ ገዓት ን5 ደቒቕ ይፍላሕ።
# review:
havregrot-3 = ምስ ጸባ፡ ቀረፋን ቁራጽ ቱፋሕን ኣቕርቢ።
# review:
pannekaker = ፓንኬክ ኖርወይ
# review:
pannekaker-1 = ሓርጭን ፍርቂ ጸባን ክሳዕ ዝለስልስ ሃርምዮ።
# review:
pannekaker-2 = ዝተረፈ ጸባ፡ እንቋቝሖን ጨውን ወስኺ ሃርምዮ።
# review:
pannekaker-3 = ነቲ ሕዋስ ን20 ደቒቕ ኣዕርፍዮ።
# review:
pannekaker-4 = ቀጠን ዝበለ ፓንኬክ ብጠስሚ ብማእከላይ ሓዊ ጥበስዮ።
# review:
eplekake = ኬክ ቱፋሕ
# review:
eplekake-1 = ጠስምን ሽኮርን ክሳዕ ዝጻዓዱ ሃርምዮ። እንቋቝሖ ሓደ ብሓደ ወስኺ።
# review:
eplekake-2 = ሓርጭ ወስኺ ሕወስዮ።
# review:
eplekake-3 = ቱፋሕ ቅረፍዮ ብቑራጽ ቆርጽዮ።
# review:
eplekake-4 = ሕዋስ ኣብ መስንከቲ ኣእትዊ። ቱፋሕ ኣብቲ ሕዋስ ጸቕጥዮ። ሽኮርን ቀረፋን ንዝዒ። ብ180 ዲግሪ ን45 ደቒቕ ስንክዮ።
# review:
shiro = ሽሮ
# review:
shiro-1 = ሽጉርትን ጻዕዳ ሽጉርትን ደቂቕኪ ክትፍዮ።
# review:
shiro-2 = ሽጉርቲ ብዘይቲ ን10 ደቒቕ ከይሓረረ ኣብስልዮ።
# review:
shiro-3 = ጻዕዳ ሽጉርቲ፡ ኮሚደረን በርበረን ወስኺ። ጽቡቕ ጌርኪ ኣንቀሳቕሲ።
# review:
shiro-4 = ሽሮ ኣብ ማይ ሕወስዮ። ኣብ ድስቲ ኣፍስስዮ ኩሉ ግዜ ኣንቀሳቕሲ።
# review:
shiro-5 = ክሳዕ ዝረጉድን ዝለስልስን ን15 ደቒቕ ብትሑት ሓዊ ኣብስልዮ። ጨው ወስኺ።
# review:
misir-wot = ምስር ወጥ
# review:
misir-wot-1 = ምስር ብዝሑል ማይ ሕጸብዮ።
# review:
misir-wot-2 = ዝተኸትፈ ሽጉርቲ ብዘይቲ ን8 ደቒቕ ኣብስልዮ።
# review:
misir-wot-3 = ጻዕዳ ሽጉርቲ፡ ጅንጅብልን በርበረን ወስኺ። ሓንቲ ደቒቕ ኣብስልዮ።
# review:
misir-wot-4 = ምስርን ማይን ወስኺ። ን25 ደቒቕ ብትሑት ሓዊ ኣብስልዮ። ሳሕቲ ኣንቀሳቕሲ።
# review:
misir-wot-5 = ጨው ወስኺ። ምስ ባኒ ኣቕርብዮ።
# review:
sambusa = ሳምቡሳ
# review:
sambusa-1 = ዝተፈጨ ስጋ ምስ ሽጉርቲ፡ ጻዕዳ ሽጉርትን ኩሙንን ን10 ደቒቕ ጥበስዮ።
# review:
sambusa-2 = ልምዒ፡ ጨውን በርበረን ሕወስዮ። እቲ ምልኣት ይዝሐል።
# review:
sambusa-3 = ሓርጭ፡ ማይን ጨውን ሓዊስኪ ሊጥ ስርሒ። ቀጠን ጌርኪ ዘርግሕዮ ብሓጺር ቆርጽዮ።
# review:
sambusa-4 = ነቲ ቁራጽ ብሰለስተ ኩርናዕ ዕጸፍዮ መልእዮ።
# review:
sambusa-5 = ሳምቡሳ ኣብ ውዑይ ዘይቲ ኣስታት 4 ደቒቕ ክሳዕ ወርቃዊ ዝኸውን ጥበስዮ።
# review:
bariis = ሩዝ ሶማል ብስጋ በጊዕ
# review:
bariis-1 = ስጋ በጊዕ ብቑራጽ ቆርጺ። ሽጉርትን ጻዕዳ ሽጉርትን ክትፍዮ።
# review:
bariis-2 = ስጋ ብዘይቲ ጥበስዮ። ሽጉርትን ጻዕዳ ሽጉርትን ወስኺ ን15 ደቒቕ ጥበስዮ።
# review:
bariis-3 = ኮሚደረ፡ ኩሙን፡ ኮረሪማን ቀረፋን ወስኺ።
# review:
bariis-4 = ዝተሓጽበ ሩዝን ማይን ወስኺ። ብመኽደን ብትሑት ሓዊ ን20 ደቒቕ ኣብስልዮ።
# review:
bariis-5 = ጨው ወስኺ። ምስ ቁራጽ ለሚን ኣቕርብዮ።
# review:
shorbat-adas = መረቕ ምስር
# review:
shorbat-adas-1 = ሽጉርቲ፡ ካሮትን ጻዕዳ ሽጉርትን ክትፍዮ።
# review:
shorbat-adas-2 = ኣሕምልቲ ብዘይቲ ን5 ደቒቕ ኣብስልዮ።
# review:
shorbat-adas-3 = ምስር፡ ኩሙንን ማይን ወስኺ። ን25 ደቒቕ ኣፍልሒ።
# review:
shorbat-adas-4 = መረቕ ብመጽፍሒ ክሳዕ ዝለስልስ ጽፍሕዮ።
# review:
shorbat-adas-5 = ብጨውን ለሚንን ኣጣዕምዮ።
# review:
hummus = ሑምስ
# review:
hummus-1 = ማይ ካብ ዓተር ኣውጽኦ።
# review:
hummus-2 = ዓተር፡ ሰሊጥ፡ ጻዕዳ ሽጉርቲ፡ ለሚንን ጨውን ኣብ ሳሕኒ ኣእትዊ።
# review:
hummus-3 = ኩሉ ክሳዕ ዝለስልስ ጽፍሕዮ። ቁሩብ ዝሑል ማይ ወስኺ።
# review:
hummus-4 = ሑምስ ኣብ ብያቲ ኣንብርዮ። ዘይቲ ኣብ ልዕሊኡ ኣፍስሲ።
# review:
mujaddara = ሙጃዳራ
# review:
mujaddara-1 = ምስር ብማይ ን20 ደቒቕ ኣፍልሒ።
# review:
mujaddara-2 = ዝተቖርጸ ሽጉርቲ ብዘይቲ ብማእከላይ ሓዊ ን20 ደቒቕ ክሳዕ ዝሓምም ጥበስዮ።
# review:
mujaddara-3 = ሩዝ፡ ኩሙንን ጨውን ኣብ ምስር ወስኺ። ብመኽደን ን20 ደቒቕ ኣብስልዮ።
# review:
mujaddara-4 = ዝተጠብሰ ሽጉርቲ ኣብ ልዕሊኡ ግበሪ። ምስ ርጎ ኣቕርብዮ።
# review:
shakshuka = ሻክሹካ
# review:
shakshuka-1 = ሽጉርትን ፓፕሪካን ብሓጺር ቆርጽዮም።
# review:
shakshuka-2 = ብዘይቲ ን8 ደቒቕ ጥበስዮም።
# review:
shakshuka-3 = ጻዕዳ ሽጉርቲ፡ ኩሙንን ኮሚደረን ወስኺ። ን10 ደቒቕ ብትሑት ሓዊ ኣብስልዮ።
# review:
shakshuka-4 = ኣርባዕተ ጉድጓድ ጌርኪ ኣብ ነፍሲ ወከፍ እንቋቝሖ ስበሪ። መኽደን ግበሪ እንቋቝሖ ን8 ደቒቕ ይበስል።
# review:
shakshuka-5 = ጨው፡ በርበረን ልምዕን ንዝዒ።
# review:
kabuli-palaw = ካቡሊ ፓላው
# review:
kabuli-palaw-1 = ሩዝ ሕጸብዮ ን30 ደቒቕ ኣብ ማይ ኣጥልቕዮ።
# review:
kabuli-palaw-2 = ስጋ በጊዕን ሽጉርትን ብዘይቲ ጥበስዮ። ማይ ወስኺ ን ሓደ ሰዓት ኣፍልሒ።
# review:
kabuli-palaw-3 = ካሮት ቀጠን ጌርኪ ቆርጽዮ። ምስ ሽኮር ክሳዕ ዝልሕልሕ ጥበስዮ።
# review:
kabuli-palaw-4 = ሩዝ፡ ኩሙን፡ ኮረሪማን ጨውን ኣብ መረቕ ስጋ ወስኺ።
# review:
kabuli-palaw-5 = ካሮት ኣብ ልዕሊኡ ግበሪ። ብመኽደን ብትሑት ሓዊ ን30 ደቒቕ ኣብስልዮ።
# review:
bolani = ቦላኒ
# review:
bolani-1 = ሓርጭ፡ ማይ፡ ዘይትን ጨውን ሓዊስኪ ልስሉስ ሊጥ ስርሒ።
# review:
bolani-2 = ድንሽ ክሳዕ ዝልሕልሕ ኣፍልሒ፡ ኣስታት 20 ደቒቕ።
# review:
bolani-3 = ድንሽ ምስ ዝተኸትፈ ሽጉርቲ፡ ልምዒ፡ በርበረን ጨውን ደቚስዮ።
# review:
bolani-4 = ክቡብ ሊጥ ዘርግሒ። ምልኣት ኣብ ፍርቂ ግበሪ ዕጸፍዮ።
# review:
bolani-5 = ብዘይቲ ጥበስዮ፡ ነፍሲ ወከፍ ወገን ኣስታት 3 ደቒቕ።
# review:
borsjtsj = ቦርሽ
# review:
borsjtsj-1 = ቀይሕ ሱር ካሮትን ፍሓቕዮ። ሽጉርቲ ክትፍዮ።
# review:
borsjtsj-2 = ስጋ ብማይ ን40 ደቒቕ ኣፍልሒ።
# review:
borsjtsj-3 = ሽጉርቲ፡ ካሮትን ቀይሕ ሱርን ብዘይቲ ን10 ደቒቕ ጥበስዮ።
# review:
borsjtsj-4 = ኣሕምልቲ፡ ዝተቖርጸ ድንሽን ካውሎን ኣብ ድስቲ ኣእትዊ። ን20 ደቒቕ ኣፍልሒ።
# review:
borsjtsj-5 = ብጨውን ጻዕዳ ሽጉርትን ኣጣዕምዮ። ምስ ጸባ ክሬምን ልምዕን ኣቕርብዮ።
# review:
deruny = ደሩኒ
# review:
deruny-1 = ድንሽን ሽጉርትን ቅረፍዮ ፍሓቕዮ።
# review:
deruny-2 = ማይ ብመንፊት ጸቕጥኪ ኣውጽኢ።
# review:
deruny-3 = እንቋቝሖ፡ ሓርጭን ጨውን ሕወስዮ።
# review:
deruny-4 = ንኣሽቱ ቁራጽ ብዘይቲ ጥበስዮ፡ ነፍሲ ወከፍ ወገን ኣስታት 4 ደቒቕ።
# review:
deruny-5 = ውዑይ ከሎ ምስ ጸባ ክሬም ኣቕርብዮ።
