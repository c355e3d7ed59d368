# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: my day: the little book.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

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

## My day in steps
day-summary-title = ሎሚ ዝዓቀብክዮ እዚ እዩ
day-nothing-yet = ገና ዋላ ሓንቲ የለን
day-done = ተወዲኡ
book-start = መዓልትኺ ምልኢ
