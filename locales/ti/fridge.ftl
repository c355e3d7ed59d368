## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = ፍሪጅ
fridge-title = ፍሪጅን ምልክታትን
fridge-zone-fridge = ፍሪጅ
fridge-zone-freezer = ፍሪዘር
fridge-zone-dry = ደረቕ መኽዘን
fridge-event-made = ዝተሰርሐ
fridge-event-opened = ዝተኸፍተ
fridge-event-thawed = ዝፈትሐ
fridge-event-delivered = ዝተቐበልናዮ
fridge-hot-holding = ውዑይ ምሓዝ
fridge-cooling = ምዝሓል
fridge-game-where-does-it-go = ኣበይ ይቕመጥ?
fridge-game-how-cold = ክንደይ ዝሑል?
fridge-game-write-the-label = ምልክት ጽሓፊ
fridge-game-first-in-first-out = ቀዳማይ ዝኣተወ፡ ቀዳማይ ዝወጽእ
fridge-ask-zone = { $food } ኣበይ ይቕመጥ?
fridge-ask-cold = { $food } ኣብ { $zone ->
        [freezer] ፍሪዘር
       *[fridge] ፍሪጅ
    }: ኣየናይ ሙቐት ቅኑዕ እዩ?
fridge-ask-hot = እቲ መግቢ ንምቕራብ ውዑይ ይሕዝ። ኣየናይ ሙቐት ቅኑዕ እዩ?
fridge-ask-cooling = ውዑይ መግቢ ይዝሕል ኣሎ። ድሕሪ { $hours } ሰዓታት: ኣየናይ ሙቐት ቅኑዕ እዩ?
fridge-ask-label-made = ሎሚ { $food } ሰሪሕኪ። ምልክት ስርሒ።
fridge-ask-label-opened = ሎሚ { $food } ከፊትኪ። ምልክት ስርሒ።
fridge-ask-label-thawed = ሎሚ { $food } ኣፍቲሕኪ። ምልክት ስርሒ።
fridge-ask-label-delivered = ሎሚ { $food } ተቐቢልኪ። ምልክት ስርሒ።
fridge-ask-shelf = እቲ ኣዝዩ ዝኣረገ ሳጹን ደርብዪ። እቲ ዝተረፈ ኣብ መደርደሪ ኣቐምጢ: እቲ ቀዳማይ ዝጥቀመሉ ኣብ ቅድሚት።
fridge-why-zone-cold = { $food } ኣብ { $zone ->
        [freezer] ፍሪዘር
       *[fridge] ፍሪጅ
    } ይቕመጥ፡ ኣብ { $max } ወይ ዝሓለ።
fridge-why-zone-dry = { $food } ኣብ ደረቕ መኽዘን ይቕመጥ: ደረቕን ዝሑልን ቦታ፡ ኣብ ዕጹው ሳጹን።
fridge-why-hot = ውዑይ ዝሕዝ መግቢ እንተወሓደ { $min } ክኸውን ኣለዎ።
fridge-why-cooling = ውዑይ መግቢ ኣብ ውሽጢ { $hours } ሰዓታት ትሕቲ { $to } ክዝሕል ኣለዎ።
fridge-why-product = እቲ ፍርያት { $food } እዩ።
fridge-why-made = { $event ->
        [opened] ዝተኸፍተ
        [thawed] ዝፈትሐ
        [delivered] ዝተቐበልናዮ
       *[made] ዝተሰርሐ
    }: ሎሚ፡ { $date }።
fridge-why-use-by = { $days ->
        [0] { $food } ብእታ መዓልቲ ይጥቀሙሉ።
       *[other] { $food } { $days } መዓልቲ ይጸንሕ።
    } { $event ->
        [opened] ዝተኸፍተ
        [thawed] ዝፈትሐ
        [delivered] ዝተቐበልናዮ
       *[made] ዝተሰርሐ
    } { $made }፡ ክሳብ { $date } ተጠቐሚ።
fridge-why-allergens = { $food } እዞም ኣለርጂ ዘምጽኡ ኣለዉዎ: { $list }።
fridge-why-no-allergens = { $food } ካብቶም 14 ኣለርጂ ዘምጽኡ ሓደ እኳ የብሉን።
fridge-why-maker = ንስኺ ኢኺ እቲ መግቢ ሰሪሕኪ። ንባዕልኺ ምረጺ።
fridge-why-expired = { $food } ክሳብ { $date } ክጥቀመሉ ነይሩ። ክድርበ ኣለዎ።
fridge-why-order = እቲ ቀዳማይ ዝጥቀመሉ ኣብ ቅድሚት። እቲ ሓድሽ ኣብ ድሕሪት።
fridge-right = ቅኑዕ!
fridge-wrong = ቅኑዕ ኣይኮነን።
fridge-partly = ካብ { $total } { $right } ቅኑዕ።
fridge-result = ካብ { $total } { $right } ብቕንዕና መሊስኪ።
fridge-label-keep = { $zone ->
        [freezer] ፍሪዘር
       *[fridge] ፍሪጅ
    }፡ እንተበዝሐ { $max }
fridge-label-use-by = ክሳብ እዚ ተጠቐሚ
fridge-label-allergens = ኣለርጂ ዘምጽኡ
fridge-label-no-allergens = ኣለርጂ ዘምጽእ የለን
fridge-label-made-by = ዝሰርሐቶ { $initials }
fridge-too-warm-fridge = ኣዝዩ ውዑይ! እቲ ፍሪጅ { $reading } እዩ። { $max } ወይ ዝሓለ ክኸውን ኣለዎ። ንመምርሒት ንገሪ፡ ማዕጾ ጽቡቕ ዕጸዊ፡ ድሕሪ ሓደ ሰዓት ደጊምኪ ዓቕኒ።
fridge-too-warm-freezer = ኣዝዩ ውዑይ! እቲ ፍሪዘር { $reading } እዩ። { $max } ወይ ዝሓለ ክኸውን ኣለዎ። ብቕልጡፍ ንመምርሒት ንገሪ።
fridge-practice = ተለማመዲ
fridge-practice-hint = ፍሪጅ ተለማመዲ: መግቢ ኣበይ ይኸይድ፡ ክንደይ ዝሑል፡ ምልክትን ስርዓትን።
fridge-labels = ምልክታት
fridge-check = ሙቐት
fridge-catalogue = መግብታት
fridge-question = ሕቶ { $n } ካብ { $total }
fridge-finish = ወዲአ
fridge-play-again = ደጊምኪ ተለማመዲ
fridge-choose-game = ልምምድ ምረጺ
fridge-pick-product = እዚ ኣየናይ መግቢ እዩ?
fridge-pick-made = ዝተሰርሐሉ ዕለት
fridge-pick-use-by = ክሳብ እዚ ተጠቐሚ
fridge-pick-allergens = ኣለርጂ ዘምጽኡ: ነቶም እቲ መግቢ ዘለዎ ጠውቒ
fridge-pick-maker = እቲ መግቢ መን ሰሪሑዎ?
fridge-check-label = ምልክት ኣረጋግጺ
fridge-shelf-bin = ጓሓፍ
fridge-shelf-front = ቅድሚት
fridge-shelf-back = ድሕሪት
fridge-shelf-step-bin = ነቲ ኣዝዩ ዝኣረገ ሳጹን ጠውቕዮ።
fridge-shelf-step-order = ነቶም ሳጹናት ብስርዓት ጠውቕዮም: እቲ ቀዳማይ ዝጥቀመሉ፡ ቀዳማይ።
fridge-shelf-again = መደርደሪ ካብ ሓድሽ ጀምሪ
fridge-pick-reading = እቲ ቴርሞሜተር እንታይ የርኢ?
fridge-evidence-saved = ከም መርትዖ ናይ መደብ ትምህርቲ ዕላማ { $aim } ተዓቂቡ።
fridge-print-title = ምልክት ሕተሚ
fridge-print-item = መግቢ ምረጺ
fridge-print-recipe = ብመምርሒ ኣሰራርሓ ዝተሰርሐ
fridge-print-no-recipe = መምርሒ ኣሰራርሓ የለን
fridge-print-day = ዕለት
fridge-print-today = ሎሚ
fridge-print-yesterday = ትማሊ
fridge-print-size = ዓቐን
fridge-size-62mm = ጥቕላል 62 ሚሜ
fridge-size-57x32mm = ምልክት 57 × 32 ሚሜ
fridge-print = ሕተሚ
fridge-save-pdf = PDF ጥራይ ዓቅቢ
fridge-reprint = ደጊምኪ ሕተሚ
fridge-printed = እቲ ምልክት ናብ ማሕተሚ ተላኢኹ።
fridge-saved = ከም PDF ተዓቂቡ: { $path }
fridge-label-log = ዝተሓትሙ ምልክታት
fridge-label-log-empty = ክሳብ ሕጂ ዝተሓትመ ምልክት የለን።
fridge-label-reprint-mark = ቅዳሕ
fridge-check-title = ምቁጽጻር ሙቐት
fridge-check-today = ሎሚ ተዓቂኑ
fridge-check-missing = ሎሚ ኣይተዓቀነን
fridge-check-limit = እንተበዝሐ { $max }
fridge-check-type = ሙቐት ብዲግሪ
fridge-check-save = እቲ ዓቐን ዓቅቢ
fridge-check-ok = ጽቡቕ! እቲ ሙቐት ቅኑዕ እዩ።
fridge-check-chart = ዝሓለፉ 30 መዓልቲ
fridge-check-empty = ክሳብ ሕጂ ዓቐን የለን።
fridge-check-warmer = ዝውዕየ
fridge-check-colder = ዝሓለ
fridge-keeps = { $days ->
        [0] ብእታ መዓልቲ ተጠቐሚ
       *[other] { $days } መዓልቲ ይጸንሕ
    }
fridge-max = እንተበዝሐ { $max }
fridge-own-routine = ናይ ካፈ ናይ ባዕሉ ኣሰራርሓ
fridge-routine-days = መዓልታት
fridge-routine-note = ስለምንታይ (ኣሰራርሓ ኣብ መደብ ድሕንነት መግቢ)
fridge-routine-save = ኣሰራርሓ ዓቅቢ
fridge-routine-reset = ደጊምኪ ነቲ ሕጊ ተጠቐሚ
fridge-rules-title = ሕግታት
fridge-rules-source = ምንጪ
