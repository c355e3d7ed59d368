# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

app-name = Mestre
loading = ይጽዓን ኣሎ …

## Language
language-name = ትግርኛ
language-choose-title = ቋንቋኺ ምረጺ
language-change = ቋንቋ ቀይሪ

## Speaker and sound
speaker-play = ስምዒ
speech-no-voice = ነዚ ቋንቋ ድምጺ ገና የለን። ጽሑፍ ኣብዚ ኣንብቢ:
speech-failed = ድምጺ ኣይሰርሐን። ጽሑፍ ኣብዚ ኣንብቢ:

## Navigation
nav-back = ንድሕሪት
nav-home = መበገሲ
logout = ውጺ

## First-run setup
setup-title = እንቋዕ ናብ Mestre ብደሓን መጻእኪ
setup-intro = መጀመርታ ነቲ ካፈን ነታ ቀዳመይቲ መምርሒትን ንፈጥር።
setup-cafe-name = ስም ካፈ
setup-country = ሃገር
country-no = ኖርወይ
country-se = ሽወደን
setup-mentor-name = ስምኪ
setup-mentor-password = መሕለፊ ቃል
setup-password-rule = እንተወሓደ { $min } ፊደላት።
setup-submit = ካፈ ፍጠሪ
form-name-missing = ስም ጽሓፊ።
form-password-short = መሕለፊ ቃል እንተወሓደ { $min } ፊደላት ክህልዎ ኣለዎ።

## Who are you?
wall-title = መን ኢኺ?
wall-mentors = መምርሒታት
wall-trainees = ተመሃሮ
wall-empty = ገና ተመሃሮ የለዋን። መምርሒት ክትውስኸን ትኽእል።
say-name = { $name }

## Picture PIN
pin-title = ሰለስተ ስእልታትኪ ጠውቒ
pin-progress = { $count } ካብ 3
pin-clear = እንደገና ጀምሪ

## Password
password-title = መሕለፊ ቃልኪ ጽሓፊ
password-label = መሕለፊ ቃል
password-submit = እቶ

## Trainee home board
home-greeting = ሰላም { $name }! ብምርኣይኪ ተሓጒሰ።

## Mentor
mentor-title = መምርሒት: { $name }
mentor-trainees = ተመሃሮ
mentor-add-trainee = ተመሃሪት ወስኺ
mentor-no-trainees = ገና ተመሃሮ የለዋን።
mentor-languages = ቋንቋ: { $ui }፣ ቋንቋ ኣደ: { $home }

## New trainee
trainee-new-title = ሓዳስ ተመሃሪት
trainee-name = ስም
trainee-photo = ስእሊ
trainee-photo-file = ካብ ፋይል ስእሊ ምረጺ
trainee-photo-camera = ብካሜራ ስእሊ ልዓሊ
trainee-photo-take = ስእሊ ልዓሊ
trainee-photo-remove = ስእሊ ኣልግሲ
trainee-ui-lang = እቲ ኣፕ ዝዛረባ ቋንቋ
trainee-home-lang = ቋንቋ ኣደ (ኣብ ጎኒ ኖርወይኛ ይርአ)
trainee-pin = ናይ ስእሊ PIN: ሰለስተ ስእልታት ምረጺ
trainee-pin-repeat = ነተን ሰለስተ ስእልታት ደጊምኪ ምረጺ
trainee-pin-mismatch = እቶም ስእልታት ሓደ ኣይነበሩን። ሰለስተ ሓደስቲ ስእልታት ምረጺ።
trainee-pin-done = ናይ ስእሊ PIN ተመሪጹ።
trainee-save = ተመሃሪት ዕቀቢ
trainee-saved = { $name } ተወሲኻ።
trainee-new-pin = ሓድሽ ናይ ስእሊ PIN
trainee-new-pin-saved = ሓድሽ ናይ ስእሊ PIN ን{ $name } ተዓቂቡ።
camera-unavailable = ካሜራ ኣይተረኽበን።

## The twelve pictures of the picture PIN
picture-apple = ቱፋሕ
picture-fish = ዓሳ
picture-sun = ጸሓይ
picture-cat = ድሙ
picture-car = መኪና
picture-flower = ዕምባባ
picture-house = ገዛ
picture-star = ኮኾብ
picture-cup = ኩባያ
picture-tree = ኦም
picture-bread = ባኒ
picture-heart = ልቢ

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = እዚ ቅኑዕ ኣይኮነን። እንደገና ፈትኒ።
error-login-locked =
    { $minutes ->
        [one] ብዙሕ ፈተነታት። ሓንቲ ደቒቕ ተጸበዪ፣ ድሕሪኡ እንደገና ፈትኒ።
       *[other] ብዙሕ ፈተነታት። { $minutes } ደቓይቕ ተጸበዪ፣ ድሕሪኡ እንደገና ፈትኒ።
    }
error-not-allowed = ነዚ መምርሒት ጥራይ እያ ክትገብሮ ትኽእል።
error-invalid-input = ዝጸሓፍክዮ ወይ ዝመረጽክዮ ኣረጋግጺ።
error-image-unreadable = እቲ ስእሊ ክኽፈት ኣይክእልን። ተበላሽዩ ኣሎ፣ ወይ ስእሊ ኣይኮነን።
error-image-too-large = እቲ ስእሊ ኣዝዩ ዓቢ እዩ። ንእሽቶ ስእሊ ምረጺ።
error-database-too-new = እቲ ሓበሬታ ብሓድሽ Mestre እዩ ተሰሪሑ። ነቲ ኣፕ ኣሐድሲ።
error-database-unavailable = እቲ ሓበሬታ ክኽፈት ኣይክእልን።
error-not-found = ኣይተረኽበን።
error-setup-state = እቲ ካፈ ድሮ ተዳልዩ ኣሎ።
error-storage = ኣብ ምዕቃብ ጌጋ ተፈጢሩ። ዋላ ሓንቲ ኣይተሰረዘን።
error-peer-unreachable = እቲ ካልእ መሳርሒ ኣይተረኽበን። ክልቲኦም ኣብ ሓደ መርበብ ምህላዎም ኣረጋግጺ።
error-not-paired = እዚ መሳርሒ ምስቲ ካልእ ኣይተኣሳሰረን። መጀመርታ ኣራኽቢዮም።
error-sync-interrupted = ምትእስሳር ተቋሪጹ። ዋላ ሓንቲ ኣይጠፍአን። እንደገና ፈትኒ።
error-sync-refused = እቲ ካልእ መሳርሒ ኣብዩ። እንደገና ፈትኒ፣ ወይ ደጊምኪ ኣራኽቢ።
error-schema-mismatch = እቶም መሳርሒታት ዝተፈላለየ ሕታም Mestre ኣለዎም። ክልቲኦም ኣሐድሲ።
error-pairing-wrong-code = ጌጋ ኮድ። እንደገና ፈትኒ።
error-pairing-closed = እቲ ኮድ ድሕሪ ሕጂ ኣይሰርሕን። ሓድሽ ኮድ ሕተቲ።

## Sync
sync-now = ሕጂ ኣተኣሳስሪ
sync-last = ናይ መወዳእታ ምትእስሳር: { $when }
sync-never = ገና ኣይተኣሳሰረን
sync-running = ይተኣሳሰር ኣሎ …
sync-rows = ሓበሬታ: { $done } ካብ { $total }
sync-media = ስእልታት: { $done } ካብ { $total }
sync-done = ተወዲኡ! ክልቲኦም ሓደ እዮም።
connect-tablet = ታብሌት ኣራኽቢ
connect-laptop = ምስ ኮምፒተር መምርሒት ኣራኽቢ
pair-code-title = ናይ ምርኻብ ኮድ
pair-code-help = ነዞም ቁጽርታት ኣብ ታብሌት ጽሓፊ፣ ወይ ነቲ ስእሊ ብካሜራ ስከኒ።
pair-code-expires = እቲ ኮድ ን{ $minutes } ደቓይቕ ይሰርሕ።
pair-address = ኣድራሻ ኮምፒተር
pair-code-label = ኮድ (ሽዱሽተ ቁጽርታት)
pair-join-submit = ኣራኽቢ
pair-done = ምስ { $name } ተራኺቡ።
paired-devices = ዝተራኸቡ መሳርሒታት
unpair = ፍለዪ
pair-none = ገና ዝተራኸበ መሳርሒ የለን።
sync-photo-coming = እቲ ስእሊ ምስ ዝቕጽል ምትእስሳር ይመጽእ።
pair-scan = ነቲ ኮድ ብካሜራ ስከኒ
error-recording-empty = እቲ ቅዳሕ ባዶ እዩ። ቀረባ ኴንኪ ተዛረቢ፣ እንደገና ፈትኒ።
error-audio-unreadable = እቲ ቅዳሕ ክጻወት ኣይክእልን። ተበላሽዩ ኣሎ።
error-microphone-missing = ማይክሮፎን ኣይተረኽበን። ንመምርሒት ሓገዝ ሕተቲ።
error-microphone-busy = እቲ ማይክሮፎን ኣብ ስራሕ ኣሎ ወይ ኣይሰርሕን። ድሕሪ ቁሩብ ፈትኒ።

## My day: the little book
# review: diary and task words need a check by a native speaker at the café.
section-my-day = መዓልተይ
section-my-book = መጽሓፈይ
day-tasks-title = ሎሚ እንታይ ገበርኪ?
day-area-kitchen = ክሽነ
day-area-cleaning = ጽሬት
day-area-serving = ኣገልግሎት
day-add-photo = ዝሰራሕክዮ ስእሊ ልዓሊ
day-add-voice = ናይ ድምጺ መዘኻኸሪ ቅዳሕ
day-add-word = ሓድሽ ቃል
day-mood-title = መዓልቲ ከመይ ነይራ?
mood-great = ኣዝዩ ጽቡቕ
mood-good = ጽቡቕ
mood-ok = ደሓን
mood-tired = ደኺመ
mood-hard = ከቢድ
record-start = ቅዳሕ
record-stop = ኣቋርጺ
record-listen = ስምዕዮ
record-keep = ሓዝዮ
record-redo = እንደገና ቅዳሕ
recording-now = ይቕዳሕ ኣሎ …
word-say-it = ነቲ ቃል በልዮ
word-take-picture = ናይቲ ነገር ስእሊ ልዓሊ
book-title = መጽሓፈይ
book-empty = ገና መዓልትታት የለዋን።
day-comments = ካብ መምርሒት
comment-new = ሓድሽ
day-saved = ተዓቂቡ።
day-photo = ስእሊ
day-voice-note = ናይ ድምጺ መዘኻኸሪ
day-word = ሓድሽ ቃል
mentor-diaries = መዓልታዊ መዝገባት
comment-write = ርእይቶ ጽሓፊ
comment-send = ስደዲ
comment-record = ርእይቶ ብድምጺ ቅዳሕ
word-spelling = ነቲ ቃል ጽሓፍዮ
word-spelling-save = ነቲ ቃል ዕቀብዮ
play-clip = ኣጻውቲ
task-wash-hands = ኣእዳው ምሕጻብ
task-cut-vegetables = ኣሕምልቲ ምቍራጽ
task-peel-potatoes = ድንሽ ምቅላጥ
task-bake-bread = ባኒ ምስንካት
task-bake-cakes = ኬክ ምስንካት
task-make-soup = መረቕ ምስራሕ
task-make-salad = ሰላጣ ምስራሕ
task-cook-rice = ሩዝ ምብሳል
task-make-sandwiches = ሳንድዊች ምስራሕ
task-make-coffee = ቡን ምፍላሕ
task-weigh-ingredients = ኣቑሑ ምምዛን
task-check-temperature = ሙቐት ምዕቃን
task-label-food = ኣብ መግቢ ምልክት ምግባር
task-fill-fridge = ፍሪጅ ምምላእ
task-receive-goods = ኣቕሑ ምቕባል
task-make-waffles = ዋፍል ምስራሕ
task-wash-dishes = ኣቑሑ ምሕጻብ
task-load-dishwasher = ማሽን ምሕጻብ ኣቑሑ ምምላእ
task-clean-surfaces = ጣውላታት ምጽራይ
task-sweep-floor = መሬት ምጽራግ
task-mop-floor = መሬት ምሕጻብ
task-take-out-rubbish = ጓሓፍ ምውጻእ
task-sort-recycling = ጓሓፍ ምፍላይ
task-clean-toilet = ሽቓቕ ምጽራይ
task-serve-customer = ዓሚል ምግልጋል
task-take-order = ትእዛዝ ምቕባል
task-use-till = ካሳ ምጥቃም
task-set-tables = ጣውላ ምድላው
task-clear-tables = ጣውላ ምልዓል
task-greet-customer = ዓማዊል ሰላም ምባል
task-fill-display = መርኣያ ምምላእ
task-team-meeting = ኣኼባ ጉጅለ

## Recording studio
studio-open = ድምጽታት ቅዳሕ
studio-title = ስቱድዮ ቅዳሕ
studio-lang = ቋንቋ
studio-recorded = ተቐዲሑ
studio-missing = ገና ኣይተቐድሐን
