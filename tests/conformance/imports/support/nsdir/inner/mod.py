X = "namespace child"
