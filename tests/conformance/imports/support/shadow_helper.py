WHERE = "support"
