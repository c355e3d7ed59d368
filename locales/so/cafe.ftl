# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: setting up the café.
# review: the whole file needs a check by a native Somali speaker at the café.

## First-run setup
setup-title = Ku soo dhowow Mestre
setup-intro = Marka hore waxaan samaynaynaa kafeega iyo hagaha ugu horreeya.
setup-cafe-name = Magaca kafeega
setup-country = Dalka
country-no = Norway
country-se = Iswiidhan
setup-mentor-name = Magacaaga
setup-mentor-password = Furaha sirta ah
setup-password-rule = Ugu yaraan { $min } xaraf.
setup-submit = Samee kafeega
form-name-missing = Qor magac.
form-password-short = Furaha sirta ahi waa inuu lahaadaa ugu yaraan { $min } xaraf.
