# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: setting up the café.
# review: the whole file needs a check by a native Pashto speaker at the café.

## First-run setup
setup-title = Mestre ته ښه راغلئ
setup-intro = لومړی کافه او لومړۍ لارښوده جوړوو.
setup-cafe-name = د کافې نوم
setup-country = هېواد
country-no = ناروې
country-se = سویډن
setup-mentor-name = ستاسو نوم
setup-mentor-password = پټنوم
setup-password-rule = لږ تر لږه { $min } توري.
setup-submit = کافه جوړه کړئ
form-name-missing = یو نوم ولیکئ.
form-password-short = پټنوم باید لږ تر لږه { $min } توري ولري.
