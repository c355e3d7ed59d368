# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: setting up the café.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

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
