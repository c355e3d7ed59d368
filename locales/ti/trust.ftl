# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native Tigrinya speaker at the café is needed.

## Why a change was refused
refusal-unsigned = እቲ መሳርሒ ነዚ ለውጢ ኣይፈረሞን።
refusal-unknown-device = እዚ መሳርሒ ናይ እቲ ካፈ ኣይኮነን።
refusal-bad-signature = እቲ ፊርማ ኣይሰማማዕን። እቲ ለውጢ ሓሶት ክኸውን ይኽእል።
refusal-stamp-out-of-range = ግዜ እቲ ለውጢ ዘይከኣል እዩ።
refusal-device-retired = እቲ ለውጢ ክግበር ከሎ፣ እቲ መሳርሒ ተፈልዩ ነይሩ።
refusal-invalid = ሓደ ዋጋ ጌጋ ወይ ኣዝዩ ዓቢ እዩ።
refusal-unknown-author = እዚ ሰብ ኣብቲ ካፈ የለን።
refusal-not-owner = ናይ ካልእ ሰብ እዩ።
refusal-owner-changed = እቲ ለውጢ ንካልእ ሰብ ክህቦ ፈቲኑ።
refusal-needs-mentor = እዚ ክትገብሮ ትኽእል መምህር ጥራይ እያ።
refusal-unknown-mentor-key = መፍትሕ መምህር ኣብዚ ኣይፍለጥን።
refusal-bad-mentor-signature = ፊርማ መምህር ኣይሰማማዕን።
refusal-mentor-key-revoked = መፍትሕ መምህር ተመሊሱ ነይሩ።
# review: new sentence, not yet checked by a native speaker
refusal-append-only = ኣብ መዝገብ ዝተጻሕፈ ክቕየር ኣይክእልን እዩ።

## What a change was about
record-device-intro = መሳርሒ
record-mentor-key = መፍትሕ መምህር
record-cafe = እቲ ካፈ
record-person = ሰብ
record-credential = ፓስዎርድ ወይ PIN ስእልታት
record-media = ስእሊ ወይ ቅዳሕ ድምጺ
record-diary-day = ሓደ መዓልቲ ኣብ መዝገብ
record-diary-item = ገለ ኣብ መዝገብ
record-diary-comment = ርእይቶ
record-prompt-clip = ዝተቐድሐ ድምጺ
# review: new names, not yet checked by a native speaker
record-word = ቃል
record-word-translation = ቃል ብካልእ ቋንቋ
record-word-review = መልሲ ኣብ ልምምድ ቃላት
record-ingredient = ኣቕሓ መግቢ
record-recipe = ኣገባብ ምስራሕ መግቢ
record-recipe-step = ደረጃ ናይ ኣገባብ መግቢ
record-recipe-ingredient = ኣቕሓ ኣብ ኣገባብ መግቢ
record-menu-dish = መግቢ ኣብ ናይ ሰሙን ዝርዝር
record-fridge-routine = ናይ ካፈ ናይ ባዕሉ ግዜ ዕቑባ ንመግቢ
record-fridge-practice = ውጽኢት ልምምድ ፍሪጅ
record-fridge-label = ዝተሓትመ ምልክት
record-fridge-reading = ዓቐን ሙቐት

## The mentor's list of refused changes
quarantine-title = ዝተኣገዱ ለውጥታት
quarantine-count = ዝተኣገዱ: { $count }
quarantine-help = ሓደ መሳርሒ እዞም ለውጥታት ሰዲዱ፣ ግን ኣይተፈቕዱን። ተዓቂቦም ኣለዉ፣ ግን ኣይጥቀመሎምን።
quarantine-none = ዝተኣገደ ለውጢ የለን።
quarantine-from = { $who } ኣብ { $device }
quarantine-set-aside = ኣብ መዝገብ ኣይተዓቀበን
quarantine-open = ዝተኣገዱ ለውጥታት ርአ
record-competence-plan = ዕላማ ኣብ መደብ ሰልጣኒት
record-competence-rating = ግምገማ ሰልጣኒት ንርእሳ
record-competence-evidence = ምስ ዕላማ ዝተኣሳሰረ መረጋገጺ
record-competence-mark = ዝተፈረመ ምልክት መራሒት (P, F, K)
# review: to be checked by a native speaker
record-review-seen = መራሒት ካብ ስራሕ ሰልጣኒት ዝረኣየቶ
# review: to be checked by a native speaker
record-practice-suggestion = መራሒት ሰልጣኒት ክትለማመዶ ዘቕረበቶ ሓሳብ
# review: to be checked by a native speaker
record-erasure = ምድምሳስ ሰልጣኒት
# review: to be checked by a native speaker
record-task-card = ካርድ ዕዮ
# review: to be checked by a native speaker
record-fridge-food = ሓደ ካብ ናይ ካፈ መግብታት
# review: to be checked by a native speaker
record-competence-aim = ሓደ ካብ ናይ ካፈ ዕላማታት
# review: to be checked by a native speaker
record-content-language = ትሕዝቶ ብሓደ ቋንቋ: ጽሑፍ ወይ ዝተቐድሐ ድምጺ
