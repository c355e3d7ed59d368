vafler = Vafler
vafler-1 = Bland.
