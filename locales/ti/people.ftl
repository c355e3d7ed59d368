# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

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

## Caption order and this device
mentor-caption-order = { $language } ቅድም
mentor-tablet-settings = እዚ መሳርሒ
mentor-idle = ባዕሉ ውጻእ ድሕሪ
mentor-idle-minutes =
    { $minutes ->
        [one] ሓንቲ ደቒቕ
       *[other] { $minutes } ደቓይቕ
    }
mentor-idle-never = ፈጺሙ

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = መምህራንን ፓስዎርድን
mentors-you = { $name } (ንስኺ)
mentors-add-title = ሓዳሽ መምህር
mentors-first-password = ቀዳማይ ፓስዎርድ
mentors-add-submit = መምህር ወስኽ
mentors-added = { $name } ሕጂ መምህር እያ። ፓስዎርድ ሃብያ። ባዕላ ክትቕይሮ ትኽእል።
mentors-change-title = ፓስዎርድኪ ቀይሪ
mentors-old-password = ናይ ሕጂ ፓስዎርድኪ
mentors-new-password = ሓድሽ ፓስዎርድ
mentors-change-submit = ፓስዎርድ ቀይር
mentors-changed = ፓስዎርድኪ ተቐይሩ።
mentors-reset = ሓድሽ ፓስዎርድ ሃብ
mentors-reset-submit = ሓድሽ ፓስዎርድ ዓቅብ
mentors-reset-done = { $name } ሓድሽ ፓስዎርድ ረኺባ።
mentors-retire = ካብ መምህራን ኣልግስ
mentors-retire-confirm = { $name } ካብ መምህራን ትልገስ ዶ? ደጊማ ክትኣቱ ኣይትኽእልን።
mentors-retired = { $name } ደጊማ መምህር ኣይኮነትን።
mentors-cancel = ሰርዝ
