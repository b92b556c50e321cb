print("deskbook")
